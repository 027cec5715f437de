package org.moneymen.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.moneymen.kernel.Draws;
import org.moneymen.model.config.ApprovalParams;
import org.moneymen.model.config.ApprovalStepSpec;

/**
 * Process 1, the approval chain: a signed MOU passes the steps in order (Central Party, the trade office's
 * feasibility review, customs, quarantine, the State Planning Commission's licence). Each step is a line in front
 * of an organ that examines a limited number of deals at once; an organ that is a rival of the company's patron
 * takes longer and refuses more, and so does every organ when the patron's standing has fallen.
 */
final class ApprovalChain {

    /** One step's organ, its line and its record. */
    private static final class Step {
        final ApprovalStepSpec spec;
        final Organ organ;
        final ArrayDeque<Deal> line = new ArrayDeque<>();
        final int capacity;
        int busy;
        long passed;
        long rejected;
        double daysSum;
        long daysCount;

        Step(ApprovalStepSpec spec, Organ organ, int capacity) {
            this.spec = spec;
            this.organ = organ;
            this.capacity = capacity;
        }
    }

    private final World world;
    private final ApprovalParams params;
    private final Deals deals;
    private final List<Step> steps = new ArrayList<>();
    /** How many deals were approved after each number of days (a histogram: a run approves millions). */
    private int[] leadTimeCounts = new int[512];
    private long approved;
    private double monthLeadSum;
    private int monthLeadCount;

    ApprovalChain(World world, Deals deals) {
        this.world = world;
        this.params = world.scenario.approval();
        this.deals = deals;
    }

    /** Links the steps to their organs (once the network is built). */
    void build() {
        for (ApprovalStepSpec spec : params.steps()) {
            steps.add(new Step(spec, world.organ(spec.organ()), world.scenario.scaled(spec.capacity())));
        }
    }

    /** Whether deals of a company must pass the chain. */
    boolean applies(TradeCompany c) {
        return params.enabled() && !steps.isEmpty() && params.appliesTo().contains(c.city().kind());
    }

    /** A newly signed deal joins the line of the first step. */
    void submit(Deal d) {
        d.inChain = true;
        enter(d, 0);
    }

    private void enter(Deal d, int index) {
        if (index == steps.size()) {
            approve(d);
            return;
        }
        Step step = steps.get(index);
        d.queuedDay = world.now();
        if (step.busy < step.capacity) {
            begin(d, index);
        } else {
            step.line.addLast(d);
        }
    }

    private void begin(Deal d, int index) {
        Step step = steps.get(index);
        step.busy++;
        double days = Draws.lognormal(d.maker.rng(Source.APPROVAL), Math.max(step.spec.daysMedian(), 1e-9),
                step.spec.daysSigma());
        if (step.organ.isRivalOf(d.company.patron)) {
            days *= params.rivalSlowdown();
        }
        d.pending = world.scheduler.in((int) Math.round(days), World.P_APPROVAL, () -> finish(d, index));
    }

    private void finish(Deal d, int index) {
        Step step = steps.get(index);
        step.busy--;
        pullNext(index);
        if (d.state != DealState.IN_APPROVAL) {
            return; // collapsed while examined: the organ is free again, nothing more to do
        }
        step.daysSum += world.now() - d.queuedDay;
        step.daysCount++;
        DealStop refusal = refusal(step, d);
        if (refusal != null) {
            step.rejected++;
            d.inChain = false;
            world.count(Column.rejectionsAt(step.spec.step()));
            deals.reject(d, refusal, step.spec.step());
            return;
        }
        step.passed++;
        world.emit(EventType.APPROVAL_PASSED, d, null, step.spec.step());
        enter(d, index + 1);
    }

    private void pullNext(int index) {
        Step step = steps.get(index);
        while (!step.line.isEmpty() && step.busy < step.capacity) {
            Deal next = step.line.pollFirst();
            if (next.state == DealState.IN_APPROVAL) {
                begin(next, index);
            }
        }
    }

    /** Why a step refuses a deal, or null when it passes. */
    private DealStop refusal(Step step, Deal d) {
        if (step.spec.feasibility()) {
            if (!d.counterpart.deals(d.commodity)) {
                return DealStop.OUT_OF_SCOPE;
            }
            if (d.valueUsd > params.feasibilityCover() * d.counterpart.liquidAssetsUsd()) {
                return DealStop.BEYOND_LIQUIDITY;
            }
        }
        double p = step.spec.rejectProbability()
                + params.standingStrictness() * (1 - d.company.patron.standing);
        if (step.organ.isRivalOf(d.company.patron)) {
            p += params.rivalStrictness();
        }
        return Draws.chance(d.maker.rng(Source.APPROVAL), Math.min(1, p)) ? (step.organ.isRivalOf(d.company.patron)
                ? DealStop.REFUSED_BY_RIVAL : DealStop.REFUSED) : null;
    }

    private void approve(Deal d) {
        d.inChain = false;
        int lead = world.now() - d.signedDay;
        if (lead >= leadTimeCounts.length) {
            leadTimeCounts = java.util.Arrays.copyOf(leadTimeCounts, Math.max(lead + 1, 2 * leadTimeCounts.length));
        }
        leadTimeCounts[lead]++;
        approved++;
        monthLeadSum += lead;
        monthLeadCount++;
        deals.start(d, world.now());
    }

    /** Starts the record afresh: the recorded period's figures leave out the warm-up's. */
    void startRecord() {
        java.util.Arrays.fill(leadTimeCounts, 0);
        approved = 0;
        monthLeadSum = 0;
        monthLeadCount = 0;
        for (Step s : steps) {
            s.passed = 0;
            s.rejected = 0;
            s.daysSum = 0;
            s.daysCount = 0;
        }
    }

    /** Mean lead time of the deals approved since the last call (NaN when none), and resets it. */
    double takeMonthLeadTime() {
        double v = monthLeadCount == 0 ? Double.NaN : monthLeadSum / monthLeadCount;
        monthLeadSum = 0;
        monthLeadCount = 0;
        return v;
    }

    /** Deals waiting in line at any step. */
    int queued() {
        int n = 0;
        for (Step s : steps) {
            for (Deal d : s.line) {
                if (d.state == DealState.IN_APPROVAL) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The median lead time from signing to approval over the run, in days (NaN when none was approved). */
    double medianLeadTime() {
        if (approved == 0) {
            return Double.NaN;
        }
        return (dayAtRank((approved - 1) / 2) + dayAtRank(approved / 2)) / 2.0;
    }

    /** The lead time of the deal at a 0-based rank in increasing order. */
    private int dayAtRank(long rank) {
        long seen = 0;
        for (int day = 0; day < leadTimeCounts.length; day++) {
            seen += leadTimeCounts[day];
            if (seen > rank) {
                return day;
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + approved);
    }

    /** Mean days a deal spent at each step (waiting and examined), by step. */
    Map<String, Double> meanDaysByStep() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Step s : steps) {
            out.put(s.spec.step().label(), s.daysCount == 0 ? 0.0 : s.daysSum / s.daysCount);
        }
        return out;
    }

    /** Refusals at each step, by step. */
    Map<String, Long> rejectionsByStep() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Step s : steps) {
            out.put(s.spec.step().label(), s.rejected);
        }
        return out;
    }

    /** The step where deals spent the longest on average: the bottleneck (empty when no chain ran). */
    String bottleneck() {
        String best = "";
        double most = -1;
        for (Step s : steps) {
            double mean = s.daysCount == 0 ? 0 : s.daysSum / s.daysCount;
            if (s.daysCount > 0 && mean > most) {
                most = mean;
                best = s.spec.step().label();
            }
        }
        return best;
    }
}
