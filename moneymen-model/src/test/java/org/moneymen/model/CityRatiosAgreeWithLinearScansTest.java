package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A city's ratios, sorted once with prefix sums and positions written to the companies' posts, answer what the
 * rumours ask (who is above a ratio, how many of them are in a company, the weights, the pick by cumulative weight
 * and the rival a rumour falls on) as linear scans of a plainly sorted list in exact decimals do.
 */
final class CityRatiosAgreeWithLinearScansTest {
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 2016L;
    private static final int EXAMPLES = 1000;
    private static final int VACANT = 0;
    private static final int TOO_NEW = 1;

    /** A post: vacant (0, with a stale position from an earlier month), held too new to judge (1), held with a ratio. */
    record Post(int state, double ratio, int stalePosition) {
    }

    /** A city gathered as Rivalry.scan gathers it, with the naive reference beside it. */
    record Gathered(List<TradeCompany> companies, CityRatios index, NaiveCityRatios reference) {
    }

    /** Ratios from a few shared values (ties, and sums that round) and from anywhere in a plausible range. */
    private static Gen<Double> ratios() {
        return Generate.oneOf(Generate.pick(List.of(0.0, 0.1, 0.2, 0.3, 0.5, 1.0, Math.nextUp(1.0), 2.0)),
                doubles().between(0, 3));
    }

    /**
     * Ratios a few ulps either side of a few values, among them those of the cases the earlier index failed on, so
     * that rivals sit one ulp above a spreader and weights vanish next to the prefix sums' rounding.
     */
    private static Gen<Double> nearTies() {
        Gen<Double> base = Generate.pick(List.of(3.3306690738754696E-16, 0.1, 0.15002678453926865,
                0.9917599031784087, 1.0, 1.491563514525402, 2.4625662681121985));
        return base.zip(integers().between(-2, 2), CityRatiosAgreeWithLinearScansTest::ulps);
    }

    private static double ulps(double x, int n) {
        for (int i = 0; i < Math.abs(n); i++) {
            x = n > 0 ? Math.nextUp(x) : Math.nextDown(x);
        }
        return x;
    }

    private static Gen<List<List<Post>>> cities(Gen<Double> ratios) {
        Gen<Post> post = integers().between(VACANT, 4).zip(ratios, integers().between(0, 40), Post::new);
        return lists().of(lists().of(post).ofSizeBetween(1, 5)).ofSizeBetween(1, 5);
    }

    private static Gen<List<List<Post>>> cities() {
        return Generate.oneOf(cities(ratios()), cities(nearTies()));
    }

    private static Gen<List<Double>> probes() {
        return lists().of(Generate.oneOf(ratios(), doubles().between(-1, 4))).ofSizeBetween(0, 8);
    }

    private static Gen<List<Double>> shares() {
        return lists().of(doubles().between(0, 1)).ofSizeBetween(1, 8);
    }

    /** Builds the companies of one city from post shapes and gathers them in post order, as the month's walk does. */
    private static Gathered gather(List<List<Post>> shape) {
        City city = Entities.city(0);
        List<TradeCompany> companies = new ArrayList<>();
        int capacity = shape.stream().mapToInt(List::size).sum();
        CityRatios.Builder builder = new CityRatios.Builder(capacity);
        List<NaiveCityRatios.Entry> entries = new ArrayList<>();
        int ids = 1;
        for (List<Post> posts : shape) {
            TradeCompany c = Entities.company(companies.size() + 1, city, posts.size() - 1);
            companies.add(c);
            for (int s = 0; s < posts.size(); s++) {
                Post p = posts.get(s);
                if (p.state() == VACANT) {
                    c.rumourPosition[s] = p.stalePosition(); // scan resets only posts that are held
                    continue;
                }
                Official o = Entities.post(ids++, c, s);
                c.rumourPosition[s] = -1;
                if (p.state() != TOO_NEW) {
                    builder.add(o, p.ratio());
                    entries.add(new NaiveCityRatios.Entry(o, c, p.ratio()));
                }
            }
        }
        return new Gathered(companies, builder.build(), new NaiveCityRatios(entries));
    }

    /** A city of one-official companies with these ratios, in this order (company i + 1 holds ratio i). */
    private static Gathered city(double... ratios) {
        List<List<Post>> shape = new ArrayList<>();
        for (double r : ratios) {
            shape.add(List.of(new Post(2, r, 0)));
        }
        return gather(shape);
    }

    @Test
    void officialsAreSortedByRatioTiesInPostOrderWithTheirPositionsOnThePosts() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities()).checkAssert(shape -> {
            Gathered g = gather(shape);
            CityRatios index = g.index();
            List<NaiveCityRatios.Entry> sorted = g.reference().sorted;
            assertThat(index.size).isEqualTo(sorted.size());
            for (int i = 0; i < sorted.size(); i++) {
                assertThat(index.official[i]).as("official at %d", i).isSameAs(sorted.get(i).official());
                assertThat(index.company[i]).as("company at %d", i).isSameAs(sorted.get(i).company());
                assertThat(index.ratio[i]).as("ratio at %d", i).isEqualTo(sorted.get(i).ratio());
                assertThat(index.company[i].rumourPosition[index.official[i].slot]).as("position on the post of %d", i)
                        .isEqualTo(i);
            }
        });
    }

    @Test
    void firstAboveMatchesAScanFromTheStart() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities(), probes()).checkAssert((shape, probes) -> {
            Gathered g = gather(shape);
            for (double x : xs(g.reference(), probes)) {
                assertThat(g.index().firstAbove(x)).as("first above %s", x).isEqualTo(g.reference().firstAbove(x));
            }
        });
    }

    @Test
    void sameCompanyAboveMatchesCountingTheSortedList() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities()).checkAssert(shape -> {
            Gathered g = gather(shape);
            for (TradeCompany c : g.companies()) {
                for (int first = 0; first <= g.reference().size(); first++) {
                    assertThat(g.index().sameCompanyAbove(c, first)).as("company %d from %d", c.id(), first)
                            .isEqualTo(g.reference().sameCompanyAbove(c, first));
                }
            }
        });
    }

    @Test
    void prefixSumsAreTheRatiosAddedInOrderEachRoundedUp() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities()).checkAssert(shape -> {
            Gathered g = gather(shape);
            for (int to = 0; to <= g.reference().size(); to++) {
                assertThat(Double.doubleToRawLongBits(g.index().prefix[to])).as("sum of the first %d", to)
                        .isEqualTo(Double.doubleToRawLongBits(g.reference().prefix[to]));
            }
        });
    }

    /**
     * What the contract's weights cost against the ratios themselves: a range's weight (the exact difference of its
     * prefix sums) is never below its ratios' exact sum, and above it by less than one ulp of the prefix sum at
     * each position it covers.
     */
    @Test
    void everyRangeWeighsItsRatiosAndLessThanAnUlpOfThePrefixSumMorePerPosition() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities()).checkAssert(shape -> {
            Gathered g = gather(shape);
            double[] prefix = g.index().prefix;
            int n = g.reference().size();
            for (int from = 0; from <= n; from++) {
                BigDecimal slack = BigDecimal.ZERO;
                for (int to = from; to <= n; to++) {
                    if (to > from) {
                        slack = slack.add(exact(Math.ulp(prefix[to])));
                    }
                    BigDecimal excess = exact(prefix[to]).subtract(exact(prefix[from]))
                            .subtract(g.reference().ratioSum(from, to));
                    assertThat(excess.signum()).as("range [%d, %d) below its ratios", from, to).isNotNegative();
                    assertThat(excess.signum() == 0 || excess.compareTo(slack) < 0)
                            .as("range [%d, %d) above its ratios by %s, slack %s", from, to, excess, slack).isTrue();
                }
            }
        });
    }

    /** The case that parted prefix differences from adding in order: the step over the ratio is at least the ratio. */
    @Test
    void aPositionWeighsAtLeastItsRatioWhereNearestRoundingGaveLess() {
        Gathered g = city(0.1766443050613532, 0.8234209869680107);
        double[] prefix = g.index().prefix;
        assertThat(exact(prefix[2]).subtract(exact(prefix[1])))
                .isGreaterThanOrEqualTo(exact(0.8234209869680107));
    }

    @Test
    void pickMatchesTheExactWalkOfCumulativeWeights() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities(), probes(), shares())
                .checkAssert(CityRatiosAgreeWithLinearScansTest::pickMatchesTheWalk);
    }

    private static void pickMatchesTheWalk(List<List<Post>> shape, List<Double> owns, List<Double> shares) {
        Gathered g = gather(shape);
        NaiveCityRatios reference = g.reference();
        for (double own : xs(reference, owns)) {
            int first = g.index().firstAbove(own);
            if (first == g.index().size) {
                continue; // no one above: nothing to pick
            }
            List<BigDecimal> breaks = reference.breaks(first, own);
            for (double u : us(shares, breaks)) {
                assertThat(g.index().pick(first, own, u)).as("pick for own %s at u %s", own, u)
                        .isEqualTo(reference.pick(first, own, u));
            }
        }
    }

    /** The cases the earlier pick parted from the walk on: a weight of 2.78e-17 next to 0.15, and u at a break. */
    @Test
    void pickFindsTheWalksPositionWhereRoundedPrefixDifferencesDidNot() {
        Gathered g = city(0.1, 0.15002678453926865, 0.2);
        double own = 0.15002678453926863;
        assertThat(g.index().pick(1, own, 0)).isEqualTo(1).isEqualTo(g.reference().pick(1, own, 0));
        Gathered h = city(3.3306690738754696E-16, 9.992007221626409E-16, 0.1);
        own = 3.330669073875469E-16;
        for (double u : us(List.of(), h.reference().breaks(0, own))) {
            assertThat(h.index().pick(0, own, u)).as("u %s", u).isEqualTo(h.reference().pick(0, own, u));
        }
    }

    /**
     * The binary search on the index's own prefix sums: the exact running weight rises at every position above own
     * (which is what makes a binary search right), and pick is the first position whose running weight passes u.
     */
    @Test
    void pickIsTheFirstPositionWhoseExactRunningWeightOnItsPrefixSumsPassesU() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities(), probes(), shares())
                .checkAssert(CityRatiosAgreeWithLinearScansTest::pickMatchesTheScanOnPrefixSums);
    }

    private static void pickMatchesTheScanOnPrefixSums(List<List<Post>> shape, List<Double> owns, List<Double> shares) {
        Gathered g = gather(shape);
        CityRatios index = g.index();
        for (double own : xs(g.reference(), owns)) {
            int first = index.firstAbove(own);
            if (first == index.size) {
                continue;
            }
            List<BigDecimal> running = new ArrayList<>();
            for (int k = first; k < index.size; k++) {
                running.add(exact(index.prefix[k + 1]).subtract(exact(index.prefix[first]))
                        .subtract(exact(own).multiply(BigDecimal.valueOf(k + 1 - first))));
                BigDecimal below = k == first ? BigDecimal.ZERO : running.get(k - first - 1);
                assertThat(running.get(k - first)).as("running weight for own %s at %d", own, k).isGreaterThan(below);
            }
            for (double u : us(shares, running)) {
                int scan = index.size - 1;
                for (int k = first; k < index.size; k++) {
                    if (running.get(k - first).compareTo(exact(u)) > 0) {
                        scan = k;
                        break;
                    }
                }
                assertThat(index.pick(first, own, u)).as("pick for own %s at u %s", own, u).isEqualTo(scan);
            }
        }
    }

    /** The case whose running weight fell on rounded prefix differences (0.0 after 1.1e-16), so pick skipped to 4. */
    @Test
    void pickStopsAtTheFirstPositionWhereRoundedPrefixDifferencesFell() {
        Gathered g = city(3.3306690738754696E-16, 1.6653345369377348E-15, 1.0, 1.0, 1.0003796936814504);
        double own = 0.9999999999999999;
        assertThat(g.index().firstAbove(own)).isEqualTo(2);
        assertThat(g.index().pick(2, own, 0)).isEqualTo(2);
    }

    /**
     * Rivalry.target draws once and falls on an official of another company above own whenever there is one, and
     * draws nothing otherwise (the generator fails the test on a second draw, so a redraw cannot loop here).
     */
    @Test
    void aRumourFallsOnARivalOfAnotherCompanyAboveWithOneDraw() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities(), probes(), shares())
                .checkAssert((shape, owns, shares) -> {
                    Gathered g = gather(shape);
                    CityRatios index = g.index();
                    List<Double> draws = new ArrayList<>(shares);
                    draws.add(0.0);
                    draws.add(Math.nextDown(1.0));
                    for (TradeCompany spreader : g.companies()) {
                        for (double own : xs(g.reference(), owns)) {
                            int first = g.reference().firstAbove(own);
                            boolean rival = g.reference().rivalsWeight(spreader, first, own).signum() > 0;
                            assertThat(rival).as("a rival weighs more than zero exactly when there is one")
                                    .isEqualTo(g.reference().size() - first
                                            > g.reference().sameCompanyAbove(spreader, first));
                            for (double share : draws) {
                                OneDraw rng = new OneDraw(share);
                                int k = Rivalry.target(index, spreader, own, rng);
                                if (!rival) {
                                    assertThat(k).as("no rival above %s", own).isEqualTo(-1);
                                    assertThat(rng.draws).as("draws without a rival").isZero();
                                    continue;
                                }
                                assertThat(rng.draws).as("draws").isOne();
                                assertThat(k).as("target for own %s at share %s", own, share).isBetween(first,
                                        index.size - 1);
                                assertThat(index.company[k]).as("company of the target").isNotSameAs(spreader);
                                assertThat(index.ratio[k]).as("ratio of the target").isGreaterThan(own);
                                assertThat(k).as("target for own %s at share %s", own, share)
                                        .isEqualTo(g.reference().pickRival(spreader, first, own, share));
                            }
                        }
                    }
                });
    }

    /**
     * The cases on which the earlier rumour's redraws never ended (the only rival of another company one ulp above
     * the spreader, its mate far above, someone below): every draw falls on that rival.
     */
    @Test
    void aRivalOneUlpAboveTheSpreaderIsTheTargetOfEveryDraw() {
        double[][] cases = {
                {1.491563514525402, 2.4625662681121985, 1.4915635145254023, 1.1331231503445618},
                {0.9917599031784087, 1.114868790116461, 0.9917599031784088, 0.16282930800692164}};
        for (double[] c : cases) {
            // Company 1: the spreader and its mate; company 2: the rival; company 3: the one below.
            List<List<Post>> shape = List.of(List.of(new Post(2, c[0], 0), new Post(2, c[1], 0)),
                    List.of(new Post(2, c[2], 0)), List.of(new Post(2, c[3], 0)));
            Gathered g = gather(shape);
            Official rival = g.companies().get(1).posts[0];
            for (double share : List.of(0.0, 0.5, Math.nextDown(1.0))) {
                OneDraw rng = new OneDraw(share);
                int k = Rivalry.target(g.index(), g.companies().get(0), c[0], rng);
                assertThat(k).as("target at share %s", share).isNotNegative();
                assertThat(g.index().official[k]).as("target at share %s", share).isSameAs(rival);
                assertThat(rng.draws).isOne();
            }
        }
    }

    /** A city where no one was gathered (the shared empty one) has no target, and no draw is made. */
    @Test
    void aCityWithNoRatiosHasNoTargetAndTakesNoDraw() {
        TradeCompany c = Entities.company(1, Entities.city(0), 2);
        OneDraw rng = new OneDraw(0.5);
        assertThat(Rivalry.target(CityRatios.EMPTY, c, 0.5, rng)).isEqualTo(-1);
        assertThat(CityRatios.EMPTY.pickRival(c, 0, 0.5, 0.5)).isEqualTo(-1);
        assertThat(rng.draws).isZero();
    }

    /**
     * The rival a share falls on is the exact walk's over the other companies' officials above own, at shares
     * spread over [0, 1) and at, just below and just above every share where the walk moves to the next rival.
     */
    @Test
    void pickRivalIsTheExactWalkOverTheOtherCompaniesAtEveryShare() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities(), probes(), shares())
                .checkAssert((shape, owns, shares) -> {
                    Gathered g = gather(shape);
                    NaiveCityRatios reference = g.reference();
                    for (TradeCompany spreader : g.companies()) {
                        for (double own : xs(reference, owns)) {
                            int first = reference.firstAbove(own);
                            BigDecimal total = reference.rivalsWeight(spreader, first, own);
                            if (total.signum() <= 0) {
                                assertThat(g.index().pickRival(spreader, first, own, 0.5)).isEqualTo(-1);
                                continue;
                            }
                            for (double share : shareProbes(shares, reference.rivalBreaks(spreader, first, own),
                                    total)) {
                                assertThat(g.index().pickRival(spreader, first, own, share))
                                        .as("rival of company %d for own %s at share %s", spreader.id(), own, share)
                                        .isEqualTo(reference.pickRival(spreader, first, own, share));
                            }
                        }
                    }
                });
    }

    /** Shares on a grid of [0, 1), the generated ones, and each break's share of the total with its neighbours. */
    private static List<Double> shareProbes(List<Double> shares, List<BigDecimal> breaks, BigDecimal total) {
        List<Double> probes = new ArrayList<>(shares);
        for (int i = 0; i < 16; i++) {
            probes.add(i / 16.0);
        }
        probes.add(Math.nextDown(1.0));
        for (BigDecimal b : breaks) {
            double s = b.divide(total, MathContext.DECIMAL128).doubleValue();
            probes.add(Math.nextDown(s));
            probes.add(s);
            probes.add(Math.nextUp(s));
        }
        probes.removeIf(s -> !(s >= 0 && s < 1));
        return probes;
    }

    /** u as shares of the total, 0, and at, just below and just above each break (as doubles); all at or above 0. */
    private static List<Double> us(List<Double> shares, List<BigDecimal> breaks) {
        List<Double> us = new ArrayList<>();
        us.add(0.0);
        double total = breaks.isEmpty() ? 0 : breaks.get(breaks.size() - 1).doubleValue();
        for (double share : shares) {
            us.add(share * total);
        }
        for (BigDecimal b : breaks) {
            double d = b.doubleValue();
            us.add(Math.nextDown(d));
            us.add(d);
            us.add(Math.nextUp(d));
        }
        us.removeIf(u -> !(u >= 0));
        return us;
    }

    /** Probe values: every ratio present, its neighbours, below all, above all, and the generated ones. */
    private static List<Double> xs(NaiveCityRatios reference, List<Double> generated) {
        List<Double> xs = new ArrayList<>(generated);
        xs.add(-1.0);
        xs.add(10.0);
        for (NaiveCityRatios.Entry e : reference.sorted) {
            xs.add(e.ratio());
            xs.add(Math.nextDown(e.ratio()));
            xs.add(Math.nextUp(e.ratio()));
        }
        return xs;
    }

    private static BigDecimal exact(double x) {
        return new BigDecimal(x);
    }

    /** A generator that gives one share, counts the draws and fails on a second one. */
    private static final class OneDraw implements RandomGenerator {
        private final double share;
        int draws;

        OneDraw(double share) {
            this.share = share;
        }

        @Override
        public double nextDouble() {
            assertThat(draws).as("draws before this one").isZero();
            draws++;
            return share;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("a rumour draws a double");
        }
    }
}
