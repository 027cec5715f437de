package org.moneymen.io.story;

import static org.moneymen.io.story.StoryLines.count;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.Status;

/** What an official's story sums up at its close: his deals, what he earned for the state, what was lost, the end. */
final class Ledger {
    int dealsSigned;
    double dealValue;
    int firstDealYear;
    int lastDealYear;
    int collapsed;
    int accountsLost;
    double accountsLostUsd;
    double earned;
    int closedPeriods;
    double summonedEstimate = Double.NaN;
    double taken = Double.NaN;
    /** The last event that set his status, and the status it set. */
    LoggedEvent end;
    Status status;
    /** Where he last held a post, in words. */
    String lastCity;

    /** A signed deal. */
    void signed(LoggedEvent e) {
        dealsSigned++;
        dealValue += e.usdOrZero();
        if (firstDealYear == 0) {
            firstDealYear = e.date().getYear();
        }
        lastDealYear = e.date().getYear();
    }

    /** A period closed by a review or recall, with what he earned in it. */
    void closed(double earnedUsd) {
        earned += earnedUsd;
        closedPeriods++;
    }

    /** The summary's lines. */
    List<String> summary() {
        List<String> out = new ArrayList<>();
        if (dealsSigned == 0) {
            out.add("Signed no new deals in the run.");
        } else {
            out.add("Signed " + count(dealsSigned, "deal") + " worth " + Usd.format(dealValue) + " in all"
                    + (firstDealYear == lastDealYear ? " in " + firstDealYear
                    : " from " + firstDealYear + " to " + lastDealYear)
                    + (collapsed > 0 ? "; " + collapsed + " of his deals collapsed" : "") + ".");
        }
        if (dealsSigned == 0 && collapsed > 0) {
            out.add(count(collapsed, "deal") + " he ran collapsed.");
        }
        out.add(money() + ".");
        if (accountsLost > 0) {
            out.add("Accounts lost when he left: " + accountsLost + ", with " + Usd.format(accountsLostUsd) + ".");
        }
        out.add("How it ended: " + ending() + ".");
        return out;
    }

    private String money() {
        if (closedPeriods > 0) {
            String money = "Earned " + Usd.format(earned) + " for the state in the " + count(closedPeriods, "period")
                    + " closed by a review or recall";
            if (!Double.isNaN(summonedEstimate)) {
                return money + ", and about " + Usd.format(summonedEstimate) + " more before he was summoned (from"
                        + " his running ratio)";
            }
            return status == Status.POSTED ? money + ", plus what he earned after his last review (not in the log)"
                    : money;
        }
        if (!Double.isNaN(summonedEstimate)) {
            return "Earned about " + Usd.format(summonedEstimate) + " for the state before he was summoned (from"
                    + " his running ratio; no review had closed a period)";
        }
        return "No review or recall closed a period of his, so the log does not say what he earned";
    }

    /** How it ended, from the last event that set his status. */
    String ending() {
        if (end == null) {
            return "not recorded";
        }
        String on = " on " + end.date();
        return switch (status) {
            case POSTED -> "still in post in " + (lastCity == null ? "his city" : lastCity) + " at the end of the run";
            case RECALLED -> "recalled home " + Phrases.recall(end.recallCause()) + on;
            case SUMMONED -> "summoned" + on + "; still deciding at the end of the run";
            case HIDING -> "went into hiding" + on + " and was not found by the end of the run";
            case RETURNED -> "summoned and went home" + on;
            case ARRESTED -> "arrested by an arrest squad" + on + Phrases.arrestNote(end.route());
            case DEFECTED -> "defected" + on;
            case FLED -> "fled" + on + " with " + Usd.format(taken);
        };
    }
}
