package org.moneymen.model;

import java.time.LocalDate;

/**
 * A what-if: whoever holds a post on a day is removed at that day's end (expelled, designated, recalled without
 * handover): the posting ends as a recall does, but no account he knows is handed over.
 *
 * @param date the day, at whose end the removal happens (after every other event of the day)
 * @param post the post's id, as {@code network.jsonl} gives it
 */
public record Removal(LocalDate date, int post) {
}
