package org.moneymen.model.config;

import java.time.LocalDate;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** Process 5: a purge of a patron person or a patron organ at a date, with the squads sent after its officials. */
public record PurgeSpec(
        @Doc("Day the purge is announced") LocalDate date,
        @Doc("Patron person purged (an id from patrons); officials tied to him are summoned") @Optional String patron,
        @Doc("Patron organ purged (an id from organs); officials of its companies are summoned") @Optional String organ,
        @Doc("What happened, in plain words") @Optional String description,
        @Doc(value = "Chance an official with no personal tie, in a purged company, is summoned; rises to 1 with the tie",
                unit = "probability") @Range(min = 0, max = 1) double summonBase,
        @Doc(value = "Days over which the summonses go out", unit = "days") @Range(min = 1, max = 3650) int summonWindowDays,
        @Doc(value = "Median days a summoned official takes to decide", unit = "days") @Range(min = 0, max = 3650)
        double decisionDaysMedian,
        @Doc("Whether the purged companies' offices are sealed and their other staff called home") boolean sealOffices,
        @Doc(value = "Months a sealed office stays closed from the purge: its posts are not refilled and it makes no"
                + " new deals (0: replacements come after the usual vacancy delay)", unit = "months")
        @Range(min = 0, max = 1200) int sealMonths,
        @Doc("Organ the purged companies pass to (an id from organs, of kind patron); empty: shared among the others")
        @Optional String successor,
        @Doc(value = "Days from the purge until the companies pass to their new patron organ", unit = "days")
        @Range(min = 0, max = 3650) int transferDays,
        @Doc(value = "Standing the purged organ is left with (1 = secure)", unit = "share") @Range(min = 0, max = 1)
        double standingAfter,
        @Doc(value = "Fall in counterparts' willingness to sign new MOUs in the purged cities right after the purge",
                unit = "share") @Range(min = 0, max = 1) double chillDepth,
        @Doc(value = "Months for that fall to halve", unit = "months") @Range(min = 0.1, max = 1200) double chillHalfLifeMonths,
        @Doc(value = "Share of the chill felt in cities with no purged company", unit = "share") @Range(min = 0, max = 1)
        double chillElsewhere,
        @Doc("The arrest squads") SquadParams squads,
        @Doc("Running deals in the fallen patron's lines of business re-examined after the purge")
        ReinterpretParams reinterpretation) {

    /** A template for list entries. */
    public static PurgeSpec defaults() {
        return new PurgeSpec(null, null, null, null, 0.5, 30, 14, true, 6, null, 60, 0.0, 0.5, 9, 0.3,
                SquadParams.defaults(), ReinterpretParams.defaults());
    }
}
