package org.moneymen.model.config;

import java.time.LocalDate;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;

/**
 * A what-if removal at the end of a day (after every other event of that day): the holder of a post is removed
 * (expelled, designated, recalled without handover), or an account is frozen (lost with its balance). Each names
 * its target by the id {@code network.jsonl} gives it.
 */
public record RemovalSpec(
        @Doc("Day at whose end the removal happens") LocalDate date,
        @Doc("Post whose holder is removed: his posting ends as a recall does, but he hands over no account (a post"
                + " id from network.jsonl; give post or account)") @Optional Integer post,
        @Doc("Account frozen: lost with its balance, as when its last knower leaves (an account id from"
                + " network.jsonl; give post or account)") @Optional Integer account,
        @Doc("What the removal stands for, in plain words") @Optional String description) {

    /** The removal of a post's holder. */
    public static RemovalSpec post(LocalDate date, int post) {
        return new RemovalSpec(date, post, null, null);
    }

    /** The freezing of an account. */
    public static RemovalSpec account(LocalDate date, int account) {
        return new RemovalSpec(date, null, account, null);
    }
}
