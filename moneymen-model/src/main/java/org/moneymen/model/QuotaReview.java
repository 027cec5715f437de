package org.moneymen.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.kernel.Draws;
import org.moneymen.model.config.QuotaParams;
import org.moneymen.model.config.ReviewTiming;

/**
 * Process 3, the quota ratchet: at each review an official's performance ratio (earned for the state over its
 * quota for the time in post) is judged. Far below quota is punished, sometimes by recall; meeting it risks a
 * recall or relocation that grows with the margin; the quota of those who stay rises with what they earned.
 */
final class QuotaReview {
    private final World world;
    private final QuotaParams params;
    private final Staffing staffing;
    private final Adaptation adaptation;

    QuotaReview(World world, Staffing staffing, Adaptation adaptation) {
        this.world = world;
        this.params = world.scenario.quota();
        this.staffing = staffing;
        this.adaptation = adaptation;
    }

    private record Verdict(Official official, City city, double ratio, ReviewOutcome outcome) {
    }

    /**
     * The review at a month's close: every official whose review falls in the month that closes (all of them on the
     * calendar's review months, or those at an anniversary of their posting) and long enough in post is judged;
     * outcomes are drawn first, then carried out, then learned from.
     */
    void review(MonthClose close) {
        boolean calendar = params.reviewTiming() == ReviewTiming.CALENDAR;
        if (calendar && close.month() % params.reviewMonths() != 0) {
            return;
        }
        int now = world.now();
        int minDays = (int) Math.round(params.minMonthsInPost() * 365.0 / 12.0);
        // The month that closes, counted in months from the warm-up's first (0); a posting's month the same way.
        int judged = close.month() - 1;
        List<Verdict> verdicts = new ArrayList<>();
        for (Official o : world.postedOfficials()) {
            if (now - o.postedDay < minDays || now <= o.periodStartDay) {
                continue;
            }
            // On anniversaries a period is judged only once it is long enough to judge: an official in post before
            // the run whose anniversary comes within its first months is first judged a year later.
            if (!calendar && now - o.periodStartDay < minDays) {
                continue;
            }
            if (!calendar && !anniversary(judged - monthOf(o.postedDay))) {
                continue;
            }
            double years = (now - o.periodStartDay) / 365.0;
            double ratio = o.periodEarnedUsd / (o.quotaUsd * years);
            verdicts.add(new Verdict(o, o.company.city(), ratio, judge(o, ratio)));
        }
        for (Verdict v : verdicts) {
            carryOut(v);
        }
        List<Adaptation.Recall> seen = new ArrayList<>();
        for (Verdict v : verdicts) {
            if (v.outcome == ReviewOutcome.RECALLED_SUCCESS) {
                seen.add(new Adaptation.Recall(v.official, v.city, v.ratio));
            }
        }
        adaptation.seeSuccessRecalls(seen);
        for (Verdict v : verdicts) {
            Official o = v.official;
            if (o.status() == Status.POSTED && v.outcome != ReviewOutcome.RECALLED_SUCCESS) {
                adaptation.afterOwnReview(o, v.ratio);
                o.periodEarnedUsd = 0;
                o.periodStartDay = now;
            }
        }
    }

    private boolean anniversary(int monthsInPost) {
        return monthsInPost > 0 && monthsInPost % params.reviewMonths() == 0;
    }

    /** The month a day falls in, counted from the warm-up's first month (0); negative before it. */
    private int monthOf(int day) {
        LocalDate first = world.scheduler.calendar().start();
        LocalDate d = world.scheduler.calendar().date(day);
        return (d.getYear() - first.getYear()) * 12 + d.getMonthValue() - first.getMonthValue();
    }

    private ReviewOutcome judge(Official o, double ratio) {
        var rng = o.rng(Source.REVIEW);
        if (ratio < params.punishBelow()) {
            return Draws.chance(rng, params.punishRecallProbability()) ? ReviewOutcome.RECALLED_UNDER
                    : ReviewOutcome.PUNISHED;
        }
        return Draws.chance(rng, params.successRecallProbability(ratio)) ? ReviewOutcome.RECALLED_SUCCESS
                : ReviewOutcome.KEPT;
    }

    private void carryOut(Verdict v) {
        Official o = v.official;
        world.emit(EventType.REVIEWED, o, o.periodEarnedUsd, v.ratio, v.outcome);
        switch (v.outcome) {
            case PUNISHED -> {
                world.count(Column.PUNISHMENTS);
                o.goodStanding = false;
                world.emit(EventType.PUNISHED, o, Double.NaN, v.ratio, null);
            }
            case RECALLED_UNDER -> {
                world.count(Column.PUNISHMENTS);
                world.emit(EventType.PUNISHED, o, Double.NaN, v.ratio, null);
                staffing.recall(o, RecallCause.UNDERPERFORMANCE, v.ratio);
            }
            case RECALLED_SUCCESS -> {
                boolean moved = Draws.chance(o.rng(Source.REVIEW), params.relocateShare()) && staffing.relocate(o);
                if (!moved) {
                    staffing.recall(o, RecallCause.QUOTA, v.ratio);
                }
            }
            case KEPT -> {
                o.goodStanding = true;
                if (v.ratio > 1 && params.ratchet() > 0) {
                    double raised = o.quotaUsd * (1 + params.ratchet() * (v.ratio - 1));
                    world.emit(EventType.QUOTA_RAISED, o, raised, v.ratio, null);
                    o.quotaUsd = raised;
                }
            }
        }
    }
}
