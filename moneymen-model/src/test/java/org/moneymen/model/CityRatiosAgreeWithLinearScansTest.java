package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A city's ratios, sorted once with prefix sums and positions written to the companies' posts, answer what the
 * rumours ask (who is above a ratio, how many of them are in a company, their sum, the pick by cumulative weight)
 * as linear scans of a plainly sorted list do. Where the index does not, the property is disabled with the case it
 * failed on, for the model owner: ranges of prefix sums round differently, and pick can part from the walk.
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

    private static Gen<List<List<Post>>> cities() {
        Gen<Post> post = integers().between(VACANT, 4).zip(ratios(), integers().between(0, 40), Post::new);
        return lists().of(lists().of(post).ofSizeBetween(1, 5)).ofSizeBetween(1, 5);
    }

    private static Gen<List<Double>> probes() {
        return lists().of(Generate.oneOf(ratios(), doubles().between(-1, 4))).ofSizeBetween(0, 8);
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
    void sumsFromTheStartAreTheRatiosAddedInOrder() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities()).checkAssert(shape -> {
            Gathered g = gather(shape);
            for (int to = 0; to <= g.reference().size(); to++) {
                assertThat(Double.doubleToRawLongBits(g.index().sum(0, to))).as("sum of the first %d", to)
                        .isEqualTo(Double.doubleToRawLongBits(g.reference().sum(0, to)));
            }
        });
    }

    @Disabled("CityRatios disagrees, for the model owner: sum(from, to) is prefix[to] - prefix[from], which rounds"
            + " differently from adding ratio[from..to) in order; ratios 0.1766443050613532 and 0.8234209869680107 give"
            + " sum(1, 2) = 0.8234209869680108 where the ratio alone is 0.8234209869680107 (one ulp)")
    @Test
    void sumsOfEveryRangeAreTheRatiosAddedInOrder() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities()).checkAssert(shape -> {
            Gathered g = gather(shape);
            int n = g.reference().size();
            for (int from = 0; from <= n; from++) {
                for (int to = from; to <= n; to++) {
                    double got = g.index().sum(from, to);
                    double expected = g.reference().sum(from, to);
                    assertThat(Double.doubleToRawLongBits(got))
                            .as("sum of [%d, %d): prefix sums %s, in order %s", from, to, got, expected)
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                }
            }
        });
    }

    /**
     * The reference for pick: walk the positions from first adding ratio - own, stop where the running total
     * passes u; for u drawn as a rumour draws it and u at, just below and just above each of the walk's totals.
     */
    @Disabled("CityRatios disagrees, for the model owner: pick's running weight is prefix[k + 1] - prefix[first]"
            + " - own * (k + 1 - first), which rounds differently from the running sum of ratio - own. Sorted ratios"
            + " 0.1, 0.15002678453926865, 0.2 and own 0.15002678453926863 (one ulp below the middle one): first = 1;"
            + " at u = 0 (nextDouble() can give 0) the walk picks 1 (its weight is 2.78e-17) but the index computes"
            + " that weight as 0.0 and picks 2. Sorted ratios 3.3306690738754696E-16, 9.992007221626409E-16, 0.1 and"
            + " own 3.330669073875469E-16: at u = 6.661338147750939E-16 (the walk's total at 1) the walk picks 2, the"
            + " index (running weight 6.66133814775094E-16 at 1) picks 1")
    @Test
    void pickMatchesTheLinearWalkOfCumulativeWeights() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities(), probes(), shares())
                .checkAssert(CityRatiosAgreeWithLinearScansTest::pickMatchesTheWalk);
    }

    private static void pickMatchesTheWalk(List<List<Post>> shape, List<Double> owns, List<Double> shares) {
        Gathered g = gather(shape);
        NaiveCityRatios reference = g.reference();
        for (double own : xs(reference, owns)) {
            double total = total(g.index(), own);
            if (!(total > 0)) {
                continue; // no rumour is drawn then
            }
            int first = g.index().firstAbove(own);
            List<Double> breaks = new ArrayList<>();
            double acc = 0;
            for (int k = first; k < reference.size(); k++) {
                acc += reference.sorted.get(k).ratio() - own;
                breaks.add(acc);
            }
            for (double u : us(shares, total, breaks)) {
                assertThat(g.index().pick(first, own, u)).as("pick for own %s at u %s of %s", own, u, total)
                        .isEqualTo(reference.pick(first, own, u));
            }
        }
    }

    /**
     * The binary search on the index's own arithmetic: pick is the first position whose running weight on prefix sums
     * passes u (a search is only right if that weight never falls as k grows).
     */
    @Disabled("CityRatios disagrees, for the model owner: the running weight on prefix sums can fall as k grows, and"
            + " the binary search then skips the first position that passes u. Sorted ratios 3.3306690738754696E-16,"
            + " 1.6653345369377348E-15, 1.0, 1.0, 1.0003796936814504 and own 0.9999999999999999: first = 2, running"
            + " weights 1.1102230246251565E-16, 0.0, 3.796936814510765E-4 at 2, 3, 4; at u = 0 the scan picks 2 and"
            + " pick returns 4 (the walk of ratio - own also picks 2)")
    @Test
    void pickIsTheFirstPositionWhoseRunningWeightOnPrefixSumsPassesU() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities(), probes(), shares())
                .checkAssert(CityRatiosAgreeWithLinearScansTest::pickMatchesTheScanOnPrefixSums);
    }

    private static void pickMatchesTheScanOnPrefixSums(List<List<Post>> shape, List<Double> owns, List<Double> shares) {
        Gathered g = gather(shape);
        NaiveCityRatios reference = g.reference();
        for (double own : xs(reference, owns)) {
            double total = total(g.index(), own);
            if (!(total > 0)) {
                continue;
            }
            int first = g.index().firstAbove(own);
            List<Double> breaks = new ArrayList<>();
            for (int k = first; k < reference.size(); k++) {
                breaks.add(reference.runningWeightOnPrefixSums(first, own, k));
            }
            for (double u : us(shares, total, breaks)) {
                assertThat(g.index().pick(first, own, u)).as("pick for own %s at u %s of %s", own, u, total)
                        .isEqualTo(reference.pickOnPrefixSums(first, own, u));
            }
        }
    }

    /**
     * Rivalry.rumour redraws while the pick is in the spreader's own company, once it has checked that a rival of
     * another company is above: some u in [0, total) must then pick one, or the redraws never end. pick is a step
     * function of u that changes only at its running weights, so trying 0 and each weight and the value below it
     * tries every step.
     */
    @Disabled("CityRatios disagrees, for the model owner, and Rivalry.rumour would never return: spreader of company A"
            + " at own 1.491563514525402, its mate in A at 2.4625662681121985, the only rival of another company (B) at"
            + " 1.4915635145254023 (one ulp above own), someone of C below at 1.1331231503445618. first = 2,"
            + " candidates = 2, sameCompanyAbove(A) = 1, total = 0.9710027535867969 > 0, so the do-while runs; B's"
            + " running weight on prefix sums is 0.0, so no u in [0, total) picks it and every draw is redrawn."
            + " Found also with B's weight computed as -1.1102230246251565E-16 (own 0.9917599031784087, B"
            + " 0.9917599031784088, mate 1.114868790116461, below 0.16282930800692164). Even with exact weights a"
            + " rival barely above own makes the expected number of redraws total / (its weight), unbounded")
    @Test
    void aRumourThatGoesAheadCanAlwaysPickARivalOfAnotherCompany() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(cities(), probes()).checkAssert((shape, owns) -> {
            Gathered g = gather(shape);
            CityRatios index = g.index();
            for (TradeCompany spreader : g.companies()) {
                for (double own : xs(g.reference(), owns)) {
                    int first = index.firstAbove(own);
                    int candidates = index.size - first;
                    double total = total(index, own);
                    if (candidates == 0 || index.sameCompanyAbove(spreader, first) == candidates || !(total > 0)) {
                        continue; // as Rivalry.rumour: no rumour then
                    }
                    List<Double> breaks = new ArrayList<>();
                    for (int k = first; k < index.size; k++) {
                        breaks.add(g.reference().runningWeightOnPrefixSums(first, own, k));
                    }
                    boolean reaches = false;
                    for (double u : us(List.of(), total, breaks)) {
                        reaches |= index.company[index.pick(first, own, u)] != spreader;
                    }
                    assertThat(reaches).as("a rival outside company %d for own %s (total %s)", spreader.id(), own, total)
                            .isTrue();
                }
            }
        });
    }

    private static Gen<List<Double>> shares() {
        return lists().of(doubles().between(0, 1)).ofSizeBetween(1, 8);
    }

    /** u as a rumour draws it (share * total), 0, and at, just below and just above each break; all in [0, total). */
    private static List<Double> us(List<Double> shares, double total, List<Double> breaks) {
        List<Double> us = new ArrayList<>();
        us.add(0.0);
        for (double share : shares) {
            us.add(share * total);
        }
        for (double b : breaks) {
            us.add(Math.nextDown(b));
            us.add(b);
            us.add(Math.nextUp(b));
        }
        us.removeIf(u -> !(u >= 0 && u < total));
        return us;
    }

    /** The total weight a rumour draws under, as Rivalry computes it. */
    private static double total(CityRatios city, double own) {
        int first = city.firstAbove(own);
        return city.sum(first, city.size) - own * (city.size - first);
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
}
