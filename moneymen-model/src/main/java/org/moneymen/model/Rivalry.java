package org.moneymen.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.moneymen.kernel.Draws;
import org.moneymen.model.config.RivalryParams;
import org.moneymen.model.config.ShockSpec;

/**
 * Process 4, rivalry and rumour: officials falling short spread rumours about more successful rivals in their city;
 * patron organs report on the companies of rival organs; suspicion builds and fades; investigations recall
 * officials whatever they earn. A defection anywhere raises the centre's suspicion of everyone abroad for a while.
 */
final class Rivalry implements MonthProcess {
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private final World world;
    private final RivalryParams params;
    private final Staffing staffing;
    private final double decay;
    private double centre;
    private int centreDay;
    /** Posts in each city (fixed once the network is built). */
    private int[] cityPosts;
    /** The day of the close in progress and the city ratios it is gathering. */
    private int now;
    private CityRatios.Builder[] gathering;
    /** Each posted official's running ratio this close, in post order (NaN when too new to judge). */
    private double[] ownRatio = new double[0];
    private int scanned;

    Rivalry(World world, Staffing staffing) {
        this.world = world;
        this.params = world.scenario.rivalry();
        this.staffing = staffing;
        this.decay = StrictMath.pow(0.5, 1 / params.suspicionHalfLifeMonths());
    }

    /** Schedules the defections outside the network that the scenario names. */
    void scheduleShocks() {
        for (ShockSpec shock : world.scenario.shocks()) {
            int day = world.scheduler.calendar().day(shock.date());
            if (day >= world.recordStartDay) {
                // A shock's size is its own, or by default one whole defection_shock.
                double size = shock.suspicion() != null ? shock.suspicion() : params.defectionShock();
                world.scheduler.at(day, World.P_PURGE, () -> raise(
                        shock.description() == null ? "a defection abroad" : shock.description(), size));
            }
        }
    }

    /** A defection became known: the centre suspects every official abroad a little more. */
    void defection(String who) {
        raise(who, params.defectionShock() * (1 / world.scenario.scale()));
    }

    /**
     * A defection became known and adds {@code size} suspicion units at the centre: a defection outside the network
     * (a diplomat's) is one national event whatever the network's size, its own {@code shocks[i].suspicion} or the
     * whole {@code rivalry.defection_shock}; one of the network's own officials adds defection_shock / the scale
     * {@code target_officials} gives, so a network k times larger, with k times as many defections, raises the
     * centre's suspicion as the file's own network does (the same model at any size).
     */
    private void raise(String who, double size) {
        if (!params.enabled()) {
            return;
        }
        centre = centreSuspicion(world.now()) + size;
        centreDay = world.now();
        world.emitGlobal(EventType.DEFECTION_SHOCK, null, who);
    }

    /** The centre's suspicion of all officials abroad on a day. */
    double centreSuspicion(int day) {
        if (centre == 0) {
            return 0;
        }
        return centre * StrictMath.pow(0.5, (day - centreDay) / (params.centreHalfLifeMonths() * DAYS_PER_MONTH));
    }

    @Override
    public String name() {
        return "rivalry";
    }

    /** Its scan reads only the official it visits, and the beliefs' snapshot nothing it changes. */
    @Override
    public boolean joinsPreviousWalk() {
        return true;
    }

    @Override
    public void before(MonthClose close) {
        beginMonth();
    }

    @Override
    public boolean visitsPosts() {
        return params.enabled();
    }

    @Override
    public void visit(Official o, MonthClose close) {
        scan(o);
    }

    @Override
    public void after(MonthClose close) {
        month(close.posted());
    }

    /** Starts the month's close: city ratios are gathered by {@link #scan} from the one walk over the posts. */
    void beginMonth() {
        if (!params.enabled()) {
            return;
        }
        if (cityPosts == null) {
            cityPosts = new int[world.cities.size()];
            for (City c : world.cities) {
                for (TradeCompany t : c.companies) {
                    cityPosts[c.index()] += t.posts.length;
                }
            }
        }
        now = world.now();
        gathering = new CityRatios.Builder[world.cities.size()];
        scanned = 0;
        if (ownRatio.length < world.postedCount) {
            ownRatio = new double[world.postCount];
        }
    }

    /** A posted official's suspicion fades and its running ratio joins its city's (officials in post order). */
    void scan(Official o) {
        o.suspicion *= decay;
        o.company.rumourPosition[o.slot] = -1;
        double x = o.runningRatio(now);
        ownRatio[scanned++] = x;
        if (!Double.isNaN(x)) {
            int c = o.company.city().index();
            CityRatios.Builder b = gathering[c];
            if (b == null) {
                b = new CityRatios.Builder(cityPosts[c]);
                gathering[c] = b;
            }
            b.add(o, x);
        }
    }

    /** The month's rumours, reports and investigations, once every posted official has been {@link #scan}ned. */
    void month(Official[] posted) {
        if (!params.enabled()) {
            return;
        }
        CityRatios[] ratios = new CityRatios[gathering.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = gathering[i] == null ? CityRatios.EMPTY : gathering[i].build();
        }
        gathering = null;
        double below = params.rumourBelow();
        for (int i = 0; i < posted.length; i++) {
            double own = ownRatio[i];
            // Only those falling short spread rumours: the others are not even looked at (no draw is made for them).
            if (!Double.isNaN(own) && own < below) {
                Official o = posted[i];
                rumour(o, own, ratios[o.company.city().index()]);
            }
        }
        reports();
        double shared = centreSuspicion(now);
        for (Official o : posted) {
            if (o.status() != Status.POSTED) {
                continue;
            }
            double p = Math.min(1, params.investigationRate() * (o.suspicion + shared));
            if (p > 0 && Draws.chance(o.rng(Source.RIVALRY), p)) {
                world.count(Column.INVESTIGATIONS);
                if (Draws.chance(o.rng(Source.RIVALRY), params.investigationRecallProbability())) {
                    world.emit(EventType.INVESTIGATED, o, Double.NaN, o.runningRatio(now), InvestigationOutcome.RECALLED);
                    staffing.recall(o, RecallCause.RUMOUR, o.runningRatio(now));
                } else {
                    world.emit(EventType.INVESTIGATED, o, Double.NaN, o.runningRatio(now), InvestigationOutcome.CLEARED);
                    o.suspicion = 0;
                }
            }
        }
    }

    /**
     * An official falling short (its running ratio {@code own} below the rumour line) may spread a rumour about a
     * rival in another company of its city, picked with probability proportional to how much better the rival does
     * ({@code ratio - own}); see {@link #target}.
     */
    private void rumour(Official o, double own, CityRatios city) {
        var rng = o.rng(Source.RIVALRY);
        if (!Draws.chance(rng, params.rumourProbability())) {
            return;
        }
        int k = target(city, o.company, own, rng);
        if (k < 0) {
            return;
        }
        Official target = city.official[k];
        target.suspicion += params.suspicionPerRumour();
        world.count(Column.RUMOURS);
        world.emitRumour(target, o);
    }

    /**
     * The city position of a rumour's target: one uniform draw, mapped straight onto the cumulative weights of the
     * officials of the other companies above own (the spreader's company's weights left out, so no draw is ever
     * wasted or repeated; {@link CityRatios#pickRival}); -1, and no draw, when no one of another company is above.
     */
    static int target(CityRatios city, TradeCompany spreader, double own, RandomGenerator rng) {
        int first = city.firstAbove(own);
        // Everyone above own weighs more than zero (CityRatios), so there is a rival exactly when there is anyone
        // of another company above.
        if (city.size - first == city.sameCompanyAbove(spreader, first)) {
            return -1;
        }
        return city.pickRival(spreader, first, own, rng.nextDouble());
    }

    /**
     * Each patron organ may report on each company of a rival organ in a city where it also has companies. Each
     * company draws one uniform per organ every month from its own stream, whether or not the organ is there, a
     * rival, or the company's head in post: a vacancy or a transfer elsewhere then leaves the company's draws as
     * they were (common random numbers).
     */
    private void reports() {
        int organs = world.organs.size();
        double p = params.reportProbability();
        for (City city : world.cities) {
            List<TradeCompany> companies = city.companies;
            double[][] u = new double[companies.size()][organs];
            for (int k = 0; k < companies.size(); k++) {
                TradeCompany c = companies.get(k);
                if (c.reportStream == null) {
                    c.reportStream = world.streams.stream("reports", c.id());
                }
                for (int g = 0; g < organs; g++) {
                    u[k][g] = c.reportStream.nextDouble();
                }
            }
            Set<Organ> present = new LinkedHashSet<>();
            for (TradeCompany c : companies) {
                present.add(c.patron);
            }
            for (Organ reporter : present) {
                for (int k = 0; k < companies.size(); k++) {
                    TradeCompany c = companies.get(k);
                    Official head = c.posts[0];
                    if (head != null && reporter.isRivalOf(c.patron) && u[k][reporter.index()] < p) {
                        head.suspicion += params.suspicionPerReport();
                        world.count(Column.REPORTS);
                        world.emitOrgan(EventType.REPORTED, head, c, reporter);
                    }
                }
            }
        }
    }
}
