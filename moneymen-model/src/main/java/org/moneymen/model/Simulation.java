package org.moneymen.model;

import java.util.List;
import java.util.function.Consumer;
import org.moneymen.model.config.RemovalSpec;
import org.moneymen.model.config.Scenario;

/** One run of the model: builds the network from a scenario, schedules the processes, and runs month by month. */
public final class Simulation {
    private final World world;
    private final Adaptation adaptation;
    private final Deals deals;
    private final Staffing staffing;
    private final ApprovalChain chain;
    private final Rivalry rivalry;
    private final Purges purges;
    private final Recorder recorder;
    private final CloseWalker close;
    private int monthsClosed;
    private java.time.LocalDate observeDate;
    private Consumer<List<PostView>> observer;

    /** Prepares a run whose network is not written out; nothing happens until {@link #run()}. */
    public Simulation(Scenario scenario, EventSink sink) {
        this(scenario, sink, EntitySink.NONE);
    }

    /** Prepares a run that logs its events and writes out its network's entities; nothing happens until run. */
    public Simulation(Scenario scenario, EventSink sink, EntitySink entities) {
        this.world = new World(scenario, sink, entities);
        Earning earning = new Earning(world);
        this.adaptation = new Adaptation(world);
        this.deals = new Deals(world, earning, adaptation);
        this.staffing = new Staffing(world, adaptation, deals, earning);
        QuotaReview review = new QuotaReview(world, staffing, adaptation);
        this.chain = new ApprovalChain(world, deals);
        this.rivalry = new Rivalry(world, staffing);
        this.purges = new Purges(world, staffing, rivalry, new Reinterpretation(world, deals, earning));
        Defections defections = new Defections(world, staffing, rivalry);
        this.recorder = new Recorder(world, earning, purges, chain, rivalry, adaptation);
        deals.useChain(chain);
        // The order of the month's close, declared once (docs/ODD.md section 3 mirrors it).
        this.close = new CloseWalker(world, List.of(
                MonthProcess.whole("earning", c -> earning.accrueAll(world.now())),
                MonthProcess.whole("remitting", c -> earning.remit()),
                adaptation.beliefs(),
                rivalry,
                MonthProcess.whole("purges", c -> purges.month()),
                MonthProcess.whole("defections", c -> defections.month()),
                MonthProcess.whole("review", review::review),
                recorder,
                deals.effort()));
    }

    /** The month's close as segments of fused walks, each a list of process names in order. */
    public List<List<String>> closeOrder() {
        return close.plan();
    }

    /** Receives each month's row as soon as it is recorded (for progress and live views). */
    public Simulation onMonth(Consumer<MonthRow> listener) {
        recorder.onMonth(listener);
        return this;
    }

    /** Shows the posts' holders at the end of a day (after any removal that day) to a listener. */
    public Simulation observe(java.time.LocalDate date, Consumer<List<PostView>> listener) {
        this.observeDate = date;
        this.observer = listener;
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
        // The scenario's what-if removals, at their day's end: a post's holder leaves handing nothing over, or an
        // account is frozen.
        for (RemovalSpec r : s.removals()) {
            Runnable act = r.post() != null ? () -> staffing.remove(r.post()) : () -> staffing.freeze(r.account());
            world.scheduler.at(world.scheduler.calendar().day(r.date()), World.P_REMOVAL, act);
        }
        if (observer != null) {
            world.scheduler.at(world.scheduler.calendar().day(observeDate), World.P_REMOVAL,
                    () -> observer.accept(world.officials().stream().map(PostView::of).toList()));
        }
        world.scheduler.everyMonths(s.warmupStart().plusMonths(1), 1, World.P_MONTH, this::monthEnds);
        if (s.warmupMonths() == 0) {
            recorder.startRecording();
        }
        // Run to the first day after the last month, then only its close (the first event of that day).
        world.scheduler.runUntil(world.scheduler.calendar().monthStart(s.warmupMonths() + s.months()));
        world.scheduler.step();
        return new RunOutput(s, recorder.rows(), recorder.summarise(), world);
    }

    /**
     * The month's close, first thing on the next month's first day: the processes in their declared order. Until
     * the record is taken the close judges the month that ended, and its events are dated that month's last day.
     */
    private void monthEnds() {
        Scenario s = world.scenario;
        int closed = ++monthsClosed;
        int last = s.warmupMonths() + s.months();
        if (closed > last) {
            return;
        }
        world.judgingMonth = true;
        close.close(new MonthClose(closed, s.warmupMonths(), last));
        world.judgingMonth = false;
    }
}
