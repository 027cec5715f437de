package org.moneymen.io.story;

import org.moneymen.model.config.Commodity;
import org.moneymen.model.DealStop;
import org.moneymen.model.InvestigationOutcome;
import org.moneymen.model.RecallCause;
import org.moneymen.model.ReviewOutcome;
import org.moneymen.model.Route;
import org.moneymen.model.config.ApprovalStep;

/** The words a story gives the model's typed facts: a recall's cause, a review's outcome, a deal's end, goods. */
public final class Phrases {
    private Phrases() {
    }

    /** The phrase a recall sentence uses for a recall's cause. */
    public static String recall(RecallCause cause) {
        if (cause == null) {
            return "for no recorded reason";
        }
        return switch (cause) {
            case QUOTA -> "for meeting his quota (success is suspect)";
            case UNDERPERFORMANCE -> "for falling short of his quota";
            case TERM_END -> "at the end of his term";
            case RUMOUR -> "after an investigation prompted by rumours and reports";
            case PURGE -> "in the purge, as his office was sealed";
        };
    }

    /** What a review decided, as the end of the review's sentence ("; kept in post"). */
    static String review(ReviewOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case KEPT -> "; kept in post";
            case PUNISHED -> "; punished for falling short";
            case RECALLED_UNDER -> "; punished and recalled for falling short";
            case RECALLED_SUCCESS -> "; judged too successful to stay";
        };
    }

    /** What the centre's investigation did to him ("cleared him"). */
    static String investigation(InvestigationOutcome outcome) {
        if (outcome == null) {
            return "reached no recorded finding";
        }
        return switch (outcome) {
            case RECALLED -> "found against him";
            case CLEARED -> "cleared him";
        };
    }

    /** Why a deal stopped, as the end of its sentence. */
    static String dealStop(DealStop why) {
        if (why == null) {
            return "no reason recorded";
        }
        return switch (why) {
            case MAKER_LEFT -> "it rested on his relationships and he had left";
            case OUT_OF_SCOPE -> "the goods were outside the counterpart's business";
            case BEYOND_LIQUIDITY -> "it was beyond the counterpart's liquid assets";
            case REFUSED -> "an organ refused it";
            case REFUSED_BY_RIVAL -> "a rival of his patron organ refused it";
            case REINTERPRETED -> "it was re-examined after the purge and cancelled";
            case DISPUTE_UNRESOLVED -> "the dispute with the counterpart after the purge was never settled";
        };
    }

    /** How he came to defect ("when summoned"), or nothing when the log does not say. */
    static String defection(Route route) {
        if (route == Route.WHEN_SUMMONED) {
            return " when summoned";
        }
        if (route == Route.FROM_POST) {
            return " from his post";
        }
        return route == Route.FROM_HIDING ? " from hiding" : "";
    }

    /** How an arrest squad took him: the whole sentence. */
    static String arrest(Route route) {
        if (route == Route.FOUND_IN_HIDING) {
            return "Found in hiding and arrested by an arrest squad.";
        }
        return "Arrested by an arrest squad" + (route == Route.SEIZED_BEFORE_CHOICE
                ? ", seized before he could choose" : "") + ".";
    }

    /** How he was arrested, in brackets for the summary's last line, or nothing. */
    static String arrestNote(Route route) {
        if (route == Route.FOUND_IN_HIDING) {
            return " (found in hiding)";
        }
        return route == Route.SEIZED_BEFORE_CHOICE ? " (seized before he could choose)" : "";
    }

    /** A step of the approval chain in words ("trade office"). */
    static String step(ApprovalStep step) {
        return step == null ? "unknown step" : step.label().replace('_', ' ');
    }

    /** Goods in words ("land lease"). */
    static String goods(Commodity c) {
        if (c == null) {
            return "unrecorded goods";
        }
        return c == Commodity.LAND ? "land lease" : c.label().replace('_', ' ');
    }
}
