package org.moneymen.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.moneymen.model.config.Scenario;

/** One run of the model: builds the network from a scenario, schedules the processes, and runs month by month. */
public final class Simulation {
    private final World world;
    private final Earning earning;
    private final Adaptation adaptation;
    private final Deals deals;
    private final Staffing staffing;
    private final QuotaReview review;
    private final ApprovalChain chain;
    private final Rivalry rivalry;
    private final Purges purges;
    private final List<MonthRow> rows = new ArrayList<>();
    private Consumer<MonthRow> monthListener = r -> { };
    private int monthsClosed;
    private int officialsBeforeStart;
    private int postedAtStart;
    private double ratioSum;
    private long ratioCount;

    /** Prepares a run; nothing happens until {@link #run()}. */
    public Simulation(Scenario scenario, EventSink sink) {
        this.world = new World(scenario, sink);
        this.earning = new Earning(world);
        this.adaptation = new Adaptation(world);
        this.deals = new Deals(world, earning, adaptation);
        this.staffing = new Staffing(world, adaptation, deals, earning);
        this.review = new QuotaReview(world, staffing, adaptation);
        this.chain = new ApprovalChain(world, deals);
        this.rivalry = new Rivalry(world, staffing);
        this.purges = new Purges(world, staffing, rivalry);
        deals.useChain(chain);
    }

    /** Receives each month's row as soon as it is recorded (for progress and live views). */
    public Simulation onMonth(Consumer<MonthRow> listener) {
        this.monthListener = listener;
        return this;
    }

    /** Runs the whole scenario and returns what it produced. */
    public RunOutput run() {
        Scenario s = world.scenario;
        new NetworkBuilder(world, staffing, deals, adaptation).build();
        adaptation.snapshotCityBeliefs();
        chain.build();
        rivalry.scheduleShocks();
        purges.schedule();
        world.scheduler.everyMonths(s.warmupStart().plusMonths(1), 1, World.P_MONTH, this::monthEnds);
        if (s.warmupMonths() == 0) {
            startRecording();
        }
        // Run to the first day after the last month, then only its close (the first event of that day).
        world.scheduler.runUntil(world.scheduler.calendar().monthStart(s.warmupMonths() + s.months()));
        world.scheduler.step();
        return new RunOutput(s, List.copyOf(rows), summarise(), world);
    }

    /**
     * The month's close: deals earn, accounts remit, rivals talk, quotas are reviewed, the month is recorded and
     * efforts set. The posts are walked as few times as the order of the processes allows: once for the city
     * beliefs, fading suspicion and city ratios; once for rumours and once for investigations (each needs every
     * earlier official done); once to record each official and set its effort.
     */
    private void monthEnds() {
        Scenario s = world.scenario;
        int closed = ++monthsClosed;
        if (closed > s.warmupMonths() + s.months()) {
            return;
        }
        earning.accrueAll(world.now());
        earning.remit();
        Official[] posted = world.postedOfficials();
        adaptation.beginSnapshot();
        rivalry.beginMonth();
        boolean rivals = rivalry.enabled();
        for (Official o : posted) {
            adaptation.noteBelief(o);
            if (rivals) {
                rivalry.scan(o);
            }
        }
        rivalry.month(posted);
        purges.month();
        if (closed % s.quota().reviewMonths() == 0) {
            review.reviewAll();
        }
        boolean decide = closed < s.warmupMonths() + s.months();
        if (closed > s.warmupMonths()) {
            closeWalk(closed - s.warmupMonths(), rowFigures(), decide);
        } else {
            Arrays.fill(world.month, 0);
            chain.takeMonthLeadTime();
            if (closed == s.warmupMonths()) {
                startRecording(); // reads nothing the walk below changes; its log lines come before the efforts'
            }
            closeWalk(0, null, decide);
        }
    }

    /** The recorded period begins: who is in post now, and how many officials there were before. */
    private void startRecording() {
        officialsBeforeStart = world.officialsCreated;
        postedAtStart = world.postedCount;
        if (world.scenario.warmupMonths() > 0) {
            // The log starts here: say who is in post, as a run without warm-up does for its opening network.
            for (Official o : world.postedOfficials()) {
                world.emit(EventType.POSTED, o, o.quotaUsd, Double.NaN, o.company.city().name());
            }
        }
    }

    /**
     * The month's network-wide figures (flows counted during the month, stocks read now), after which the counters
     * start again for the next month: what efforts do at this close counts toward it.
     */
    private double[] rowFigures() {
        Scenario s = world.scenario;
        double[] v = world.month;
        set(v, Column.OFFICE39_INFLOW_RMB, v[Column.OFFICE39_INFLOW_USD.ordinal()] * s.rates().rmbPerUsd());
        set(v, Column.OFFICE39_INFLOW_KRW, v[Column.OFFICE39_INFLOW_USD.ordinal()] * s.rates().krwPerUsd());
        set(v, Column.DEALS_ACTIVE, world.activeDeals.size());
        set(v, Column.DEALS_IN_APPROVAL, world.dealsInApproval);
        set(v, Column.ACCOUNT_BALANCES_USD, earning.balances());
        set(v, Column.OFFICIALS_HIDING, purges.hidingCount());
        set(v, Column.APPROVAL_LEAD_TIME_DAYS, chain.takeMonthLeadTime());
        set(v, Column.APPROVAL_QUEUE, chain.queued());
        set(v, Column.COUNTERPART_WILLINGNESS, world.chill.meanWillingness(world.cities, world.now()));
        set(v, Column.CENTRE_SUSPICION, rivalry.centreSuspicion(world.now()));
        double[] values = v.clone();
        Arrays.fill(v, 0);
        return values;
    }

    /**
     * The close's last walk over the posts: each official's month is recorded (when {@code values}, the row's
     * network-wide figures, is given: month k), its monthly figures start again, and, unless this is the run's
     * last close, it sets its effort for the next month.
     */
    private void closeWalk(int k, double[] values, boolean decide) {
        Official[] posted = world.postedOfficials();
        boolean record = values != null;
        double ratioSumMonth = 0;
        int ratioN = 0;
        double aimSum = 0;
        for (Official o : posted) {
            if (record) {
                aimSum += adaptation.aim(o);
                if (o.postedAllMonth) {
                    ratioSumMonth += o.monthEarnedUsd * 12 / o.quotaUsd;
                    ratioN++;
                }
            }
            o.monthEarnedUsd = 0;
            o.postedAllMonth = true;
            if (decide) {
                deals.decide(o);
            }
        }
        if (!record) {
            return;
        }
        ratioSum += ratioSumMonth;
        ratioCount += ratioN;
        set(values, Column.OFFICIALS_POSTED, posted.length);
        set(values, Column.POSTS_VACANT, world.postCount - posted.length);
        set(values, Column.MEAN_PERFORMANCE_RATIO, ratioN == 0 ? 0 : ratioSumMonth / ratioN);
        set(values, Column.MEAN_AIM, posted.length == 0 ? 0 : aimSum / posted.length);
        MonthRow row = new MonthRow(k, world.scenario.start().plusMonths(k - 1), values);
        rows.add(row);
        monthListener.accept(row);
    }

    private static void set(double[] v, Column c, double value) {
        v[c.ordinal()] = value;
    }

    private RunSummary summarise() {
        Scenario s = world.scenario;
        Map<String, Double> totals = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            if (c.isFlow()) {
                double sum = 0;
                for (MonthRow r : rows) {
                    sum += r.get(c);
                }
                totals.put(c.label(), sum);
            }
        }
        Map<String, Long> recalls = new LinkedHashMap<>();
        for (RecallCause cause : RecallCause.values()) {
            recalls.put(cause.label(), Math.round(totals.get("recalls_" + cause.label())));
        }
        double inflow = totals.get(Column.OFFICE39_INFLOW_USD.label());
        return new RunSummary(s.name(), s.seed(), s.start(), s.end(), s.months(), inflow,
                inflow * s.rates().rmbPerUsd(), inflow * s.rates().krwPerUsd(), recalls, totals,
                postedAtStart + world.officialsCreated - officialsBeforeStart, ratioCount == 0 ? 0 : ratioSum / ratioCount, chain.medianLeadTime(),
                chain.rejectionsByStep(), chain.meanDaysByStep(), chain.bottleneck());
    }
}
