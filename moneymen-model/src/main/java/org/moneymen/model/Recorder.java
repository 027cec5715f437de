package org.moneymen.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.moneymen.model.config.Scenario;

/**
 * The record, a process of the month's close: the month's row (flows counted during the month, stocks read now,
 * each official's month), then the counters start again for the next month. It also starts the recorded period:
 * the warm-up is neither logged nor counted, and every event from the scenario's start to its end is logged and
 * counted in the month it happens.
 */
final class Recorder implements MonthProcess {
    private final World world;
    private final Earning earning;
    private final Purges purges;
    private final ApprovalChain chain;
    private final Rivalry rivalry;
    private final Adaptation adaptation;
    private final List<MonthRow> rows = new ArrayList<>();
    private Consumer<MonthRow> listener = r -> { };
    private int officialsBeforeStart;
    private int postedAtStart;
    private double ratioSum;
    private long ratioCount;
    /** The row in the making at this close (null in the warm-up), and its sums over the officials. */
    private double[] values;
    private double ratioSumMonth;
    private int ratioN;
    private double aimSum;

    Recorder(World world, Earning earning, Purges purges, ApprovalChain chain, Rivalry rivalry, Adaptation adaptation) {
        this.world = world;
        this.earning = earning;
        this.purges = purges;
        this.chain = chain;
        this.rivalry = rivalry;
        this.adaptation = adaptation;
    }

    @Override
    public String name() {
        return "record";
    }

    void onMonth(Consumer<MonthRow> l) {
        this.listener = l;
    }

    /**
     * The recorded period begins (at the scenario's start): who is in post, how many officials there were, and the
     * network as it stands; the approval chain's record starts afresh.
     */
    void startRecording() {
        officialsBeforeStart = world.officialsCreated;
        postedAtStart = world.postedCount;
        chain.startRecord();
        if (world.scenario.warmupMonths() > 0) {
            // The log starts here: say who is in post, as a run without warm-up does for its opening network.
            for (Official o : world.postedOfficials()) {
                world.emitIn(EventType.POSTED, o, o.quotaUsd, o.company.city());
            }
        }
        world.entities.open();
    }

    @Override
    public void before(MonthClose close) {
        if (close.recorded()) {
            values = rowFigures();
        } else {
            values = null;
            Arrays.fill(world.month, 0);
            chain.takeMonthLeadTime();
        }
        // The month is judged: what follows (efforts, the deals they sign) belongs to the next month.
        world.judgingMonth = false;
        if (close.endsWarmup()) {
            startRecording();
        }
        ratioSumMonth = 0;
        ratioN = 0;
        aimSum = 0;
    }

    /** The month's network-wide figures; the counters then start again for the next month. */
    private double[] rowFigures() {
        Scenario s = world.scenario;
        double[] v = world.month;
        set(v, Column.OFFICE39_INFLOW_RMB, v[Column.OFFICE39_INFLOW_USD.ordinal()] * s.rates().rmbPerUsd());
        set(v, Column.OFFICE39_INFLOW_KRW, v[Column.OFFICE39_INFLOW_USD.ordinal()] * s.rates().krwPerUsd());
        set(v, Column.DEALS_ACTIVE, world.activeDeals.size());
        set(v, Column.DEALS_IN_APPROVAL, world.dealsInApproval);
        set(v, Column.DEALS_IN_DISPUTE, world.dealsInDispute);
        set(v, Column.ACCOUNT_BALANCES_USD, earning.balances());
        set(v, Column.OFFICIALS_HIDING, purges.hidingCount());
        set(v, Column.APPROVAL_LEAD_TIME_DAYS, chain.takeMonthLeadTime());
        set(v, Column.APPROVAL_QUEUE, chain.queued());
        set(v, Column.COUNTERPART_WILLINGNESS, world.chill.meanWillingness(world.cities, world.now()));
        set(v, Column.CENTRE_SUSPICION, rivalry.centreSuspicion(world.now()));
        set(v, Column.OFFICES_SEALED, world.sealedOffices);
        double[] row = v.clone();
        Arrays.fill(v, 0);
        return row;
    }

    @Override
    public boolean visitsPosts() {
        return true;
    }

    /** Each official's month joins the row; its monthly figures start again. */
    @Override
    public void visit(Official o, MonthClose close) {
        if (values != null) {
            aimSum += adaptation.aim(o);
            if (o.postedAllMonth) {
                ratioSumMonth += o.monthEarnedUsd * 12 / o.quotaUsd;
                ratioN++;
            }
        }
        o.monthEarnedUsd = 0;
        o.postedAllMonth = true;
    }

    @Override
    public void after(MonthClose close) {
        if (values == null) {
            return;
        }
        int posted = close.posted().length;
        ratioSum += ratioSumMonth;
        ratioCount += ratioN;
        set(values, Column.OFFICIALS_POSTED, posted);
        set(values, Column.POSTS_VACANT, world.postCount - posted);
        set(values, Column.MEAN_PERFORMANCE_RATIO, ratioN == 0 ? 0 : ratioSumMonth / ratioN);
        set(values, Column.MEAN_AIM, posted == 0 ? 0 : aimSum / posted);
        int k = close.recordedMonth();
        MonthRow row = new MonthRow(k, world.scenario.start().plusMonths(k - 1), values);
        values = null;
        rows.add(row);
        listener.accept(row);
    }

    private static void set(double[] v, Column c, double value) {
        v[c.ordinal()] = value;
    }

    List<MonthRow> rows() {
        return List.copyOf(rows);
    }

    /** The run's totals: every flow summed over the recorded months, and the chain's record of the period. */
    RunSummary summarise() {
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
            recalls.put(cause.label(), Math.round(totals.get(Column.recallsFor(cause).label())));
        }
        double inflow = totals.get(Column.OFFICE39_INFLOW_USD.label());
        return new RunSummary(s.name(), s.seed(), s.start(), s.end(), s.months(), inflow,
                inflow * s.rates().rmbPerUsd(), inflow * s.rates().krwPerUsd(), recalls, totals,
                postedAtStart + world.officialsCreated - officialsBeforeStart,
                ratioCount == 0 ? 0 : ratioSum / ratioCount, chain.medianLeadTime(),
                chain.rejectionsByStep(), chain.meanDaysByStep(), chain.bottleneck(), world.companies.size(),
                posts(), meanPostingYears());
    }

    private int posts() {
        int n = 0;
        for (TradeCompany c : world.companies) {
            n += c.posts.length;
        }
        return n;
    }

    /** Official-years in post (month-end counts) over the postings that ended. */
    private double meanPostingYears() {
        double officialMonths = 0;
        double ended = 0;
        for (MonthRow r : rows) {
            officialMonths += r.get(Column.OFFICIALS_POSTED);
            ended += r.get(Column.POSTINGS_ENDED);
        }
        return ended == 0 ? Double.NaN : officialMonths / 12.0 / ended;
    }
}
