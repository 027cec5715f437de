package org.moneymen.model;

import java.util.LinkedHashSet;
import java.util.Set;
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
                world.scheduler.at(day, World.P_PURGE, () -> defection(
                        shock.description() == null ? "a defection abroad" : shock.description()));
            }
        }
    }

    /** A defection became known: the centre suspects every official abroad a little more. */
    void defection(String who) {
        if (!params.enabled()) {
            return;
        }
        centre = centreSuspicion(world.now()) + params.defectionShock();
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
     * ({@code ratio - own}). The city's ratios are
     * sorted once a month with prefix sums, so a pick is a binary search; a pick in the spreader's own company is
     * drawn again (rejection), which gives exactly the distribution over the other companies' rivals.
     */
    private void rumour(Official o, double own, CityRatios city) {
        var rng = o.rng(Source.RIVALRY);
        if (!Draws.chance(rng, params.rumourProbability())) {
            return;
        }
        int first = city.firstAbove(own);
        int candidates = city.size - first;
        if (candidates == 0 || city.sameCompanyAbove(o.company, first) == candidates) {
            return;
        }
        double total = city.sum(first, city.size) - own * candidates;
        if (!(total > 0)) {
            return;
        }
        int k;
        do {
            k = city.pick(first, own, rng.nextDouble() * total);
        } while (city.company[k] == o.company);
        Official target = city.official[k];
        target.suspicion += params.suspicionPerRumour();
        world.count(Column.RUMOURS);
        world.emitRumour(target, o);
    }

    /**
     * The posted officials of a city with a running ratio, sorted by ratio (ties by post order), with prefix sums of
     * the ratios: taken once at the month's close (rumours change no ratio and no post).
     */
    private static final class CityRatios {
        final Official[] official;
        /** The company of the official at each position. */
        final TradeCompany[] company;
        final double[] ratio;
        /** prefix[i] = ratio[0] + ... + ratio[i - 1]. */
        final double[] prefix;
        final int size;

        static final CityRatios EMPTY =
                new CityRatios(new Official[0], new TradeCompany[0], new int[0], new double[0], 0);

        /** Gathers a city's posted officials with a running ratio, in post order. */
        static final class Builder {
            private final Official[] in;
            private final TradeCompany[] companyOf;
            private final int[] slotOf;
            private final double[] r;
            private int n;

            Builder(int capacity) {
                in = new Official[capacity];
                companyOf = new TradeCompany[capacity];
                slotOf = new int[capacity];
                r = new double[capacity];
            }

            void add(Official o, double ratio) {
                in[n] = o;
                companyOf[n] = o.company;
                slotOf[n] = o.slot;
                r[n++] = ratio;
            }

            CityRatios build() {
                return new CityRatios(in, companyOf, slotOf, r, n);
            }
        }

        /**
         * Sorts what a builder gathered. Positions are written to the companies' posts, not to the officials, so
         * that neither this nor the rumours' same-company checks revisit officials in sorted (random) order.
         */
        private CityRatios(Official[] in, TradeCompany[] companyOf, int[] slotOf, double[] r, int n) {
            size = n;
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            sortByRatio(order, r);
            official = new Official[n];
            company = new TradeCompany[n];
            ratio = new double[n];
            prefix = new double[n + 1];
            for (int i = 0; i < n; i++) {
                official[i] = in[order[i]];
                company[i] = companyOf[order[i]];
                company[i].rumourPosition[slotOf[order[i]]] = i;
                ratio[i] = r[order[i]];
                prefix[i + 1] = prefix[i] + ratio[i];
            }
        }

        /** Sorts positions by ratio, ties in post order (a stable merge sort on primitive arrays). */
        private static void sortByRatio(int[] a, double[] key) {
            int[] buf = new int[a.length];
            for (int width = 1; width < a.length; width *= 2) {
                for (int lo = 0; lo < a.length; lo += 2 * width) {
                    int mid = Math.min(lo + width, a.length);
                    int hi = Math.min(lo + 2 * width, a.length);
                    int i = lo;
                    int j = mid;
                    int k = lo;
                    while (i < mid && j < hi) {
                        buf[k++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
                    }
                    while (i < mid) {
                        buf[k++] = a[i++];
                    }
                    while (j < hi) {
                        buf[k++] = a[j++];
                    }
                }
                System.arraycopy(buf, 0, a, 0, a.length);
            }
        }

        /** The first position whose ratio is above x. */
        int firstAbove(double x) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ratio[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** How many officials of a company sit at positions from {@code first} on. */
        int sameCompanyAbove(TradeCompany c, int first) {
            int n = 0;
            for (int k = 0; k < c.posts.length; k++) {
                if (c.posts[k] != null && c.rumourPosition[k] >= first) {
                    n++;
                }
            }
            return n;
        }

        double sum(int from, int to) {
            return prefix[to] - prefix[from];
        }

        /** The position k in [first, size) where the cumulative weight (ratio - own) from first passes u. */
        int pick(int first, double own, double u) {
            int lo = first;
            int hi = size - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                double upTo = sum(first, mid + 1) - own * (mid + 1 - first);
                if (upTo > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }

    /** Each patron organ may report on each company of a rival organ in a city where it also has companies. */
    private void reports() {
        var rng = world.streams.stream("reports", world.now());
        for (City city : world.cities) {
            Set<Organ> present = new LinkedHashSet<>();
            for (TradeCompany c : city.companies) {
                present.add(c.patron);
            }
            for (Organ reporter : present) {
                for (TradeCompany c : city.companies) {
                    Official head = c.posts[0];
                    if (head != null && reporter.isRivalOf(c.patron) && Draws.chance(rng, params.reportProbability())) {
                        head.suspicion += params.suspicionPerReport();
                        world.count(Column.REPORTS);
                        world.emitOrgan(EventType.REPORTED, head, c, reporter);
                    }
                }
            }
        }
    }
}
