package org.moneymen.io.story;

import java.time.LocalDate;
import java.util.List;
import org.moneymen.model.Rank;

/**
 * One post an official held, as his story tells it: what the story's header and posting lines are built from.
 *
 * @param from the date he took it (or the run's first day, when he was in it then)
 * @param until the date he left it (recalled, moved, summoned), or null when he held it at the end of the run
 * @param rank head or staff (null when the network does not say)
 * @param company the company, by id
 * @param city the company's city, by id, as the posting event gives it
 * @param patronPerson the patron person the company's officials were tied to when he took it (by id), or null
 * @param organs the company's patron organs while he held the post, by id, in order (a transfer adds one)
 */
public record Posting(LocalDate from, LocalDate until, Rank rank, int company, int city,
                      String patronPerson, List<String> organs) {

    /** The patron organ when he left the post (or at the end of the run). */
    public String lastOrgan() {
        return organs.isEmpty() ? null : organs.get(organs.size() - 1);
    }
}
