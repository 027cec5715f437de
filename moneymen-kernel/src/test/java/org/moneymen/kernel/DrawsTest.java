package org.moneymen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistical checks of the distributions. Every check draws from a fixed-seed stream, so each is
 * deterministic; margins are 4 standard errors unless stated, so a correct implementation passes
 * with overwhelming probability for any seed, while a biased one (a wrong parameter, an off-by-one
 * bound) fails by far more.
 */
class DrawsTest {
    private static final int N = 100_000;

    private static RandomGenerator rng(String name) {
        return new RandomStreams(0xD1CE5L).stream(name);
    }

    // ---- chance ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.05, 0.3, 0.5, 0.9, 0.999})
    void chanceFrequencyMatchesP(double p) {
        RandomGenerator g = rng("chance-" + p);
        int hits = 0;
        for (int i = 0; i < N; i++) {
            if (Draws.chance(g, p)) {
                hits++;
            }
        }
        double se = Math.sqrt(p * (1 - p) / N);
        assertThat((double) hits / N).isCloseTo(p, within(4 * se));
    }

    @Test
    void chanceClampsPOutsideZeroOne() {
        RandomGenerator g = rng("chance-edges");
        for (int i = 0; i < 10_000; i++) {
            assertThat(Draws.chance(g, 0)).isFalse();
            assertThat(Draws.chance(g, -0.5)).isFalse();
            assertThat(Draws.chance(g, Double.NEGATIVE_INFINITY)).isFalse();
            assertThat(Draws.chance(g, 1)).isTrue();
            assertThat(Draws.chance(g, 1.5)).isTrue();
            assertThat(Draws.chance(g, Double.POSITIVE_INFINITY)).isTrue();
        }
    }

    // ---- poisson ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 3, 12, 29.9, 30.1, 100, 2500})
    void poissonMeanAndVarianceMatch(double mean) {
        RandomGenerator g = rng("poisson-" + mean);
        double sum = 0;
        double sumSq = 0;
        int zeros = 0;
        for (int i = 0; i < N; i++) {
            int k = Draws.poisson(g, mean);
            assertThat(k).isNotNegative();
            sum += k;
            sumSq += (double) k * k;
            if (k == 0) {
                zeros++;
            }
        }
        double m = sum / N;
        double var = sumSq / N - m * m;
        // mean: SE = sqrt(mean / N)
        assertThat(m).isCloseTo(mean, within(4 * Math.sqrt(mean / N)));
        // variance: SE of the sample variance of a Poisson is sqrt((mean + 2 mean^2) / N); the normal
        // approximation used above 30 adds 1/12 from rounding.
        assertThat(var).isCloseTo(mean, within(4 * Math.sqrt((mean + 2 * mean * mean) / N) + 1.0 / 12));
        if (mean <= 3) {
            double p0 = Math.exp(-mean);
            assertThat((double) zeros / N).isCloseTo(p0, within(4 * Math.sqrt(p0 * (1 - p0) / N)));
        }
    }

    @Test
    void poissonOfSmallMeanHasPoissonShape() {
        // P(k) for mean 2 against the exact pmf, k = 0..6
        double mean = 2;
        RandomGenerator g = rng("poisson-shape");
        int[] counts = new int[40];
        for (int i = 0; i < N; i++) {
            counts[Draws.poisson(g, mean)]++;
        }
        double pk = Math.exp(-mean);
        for (int k = 0; k <= 6; k++) {
            double freq = (double) counts[k] / N;
            assertThat(freq).as("P(%d)", k).isCloseTo(pk, within(4 * Math.sqrt(pk * (1 - pk) / N)));
            pk *= mean / (k + 1);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {3, 12, 29.9})
    void poissonUpToThirtyIsSkewedLikeAPoisson(double mean) {
        // Up to 30 the draws are exact (Knuth), so the skewness is 1 / sqrt(mean), not the ~0 of a
        // normal approximation. SE of sample skewness ~ sqrt(6 / N) = 0.0077; margin 5 SE.
        RandomGenerator g = rng("poisson-skew-" + mean);
        int[] k = new int[N];
        double sum = 0;
        for (int i = 0; i < N; i++) {
            k[i] = Draws.poisson(g, mean);
            sum += k[i];
        }
        double m = sum / N;
        double m2 = 0;
        double m3 = 0;
        for (int x : k) {
            double d = x - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= N;
        m3 /= N;
        double skew = m3 / Math.pow(m2, 1.5);
        assertThat(skew).isCloseTo(1 / Math.sqrt(mean), within(5 * Math.sqrt(6.0 / N)));
    }

    @Test
    void poissonOfNonPositiveMeanIsZero() {
        RandomGenerator g = rng("poisson-zero");
        assertThat(Draws.poisson(g, 0)).isZero();
        assertThat(Draws.poisson(g, -3)).isZero();
    }

    // ---- lognormal -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 1.0, 2.0})
    void lognormalMedianAndLogSpreadMatch(double sigma) {
        double median = 250;
        RandomGenerator g = rng("lognormal-" + sigma);
        double[] logs = new double[N];
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double x = Draws.lognormal(g, median, sigma);
            assertThat(x).isPositive();
            logs[i] = Math.log(x);
            sum += logs[i];
        }
        double meanLog = sum / N;
        double ss = 0;
        for (double l : logs) {
            ss += (l - meanLog) * (l - meanLog);
        }
        double sdLog = Math.sqrt(ss / (N - 1));
        Arrays.sort(logs);
        double sampleMedianLog = (logs[N / 2 - 1] + logs[N / 2]) / 2;

        // median of a normal sample: SE = sqrt(pi / 2) * sigma / sqrt(N)
        assertThat(sampleMedianLog).isCloseTo(Math.log(median), within(4 * Math.sqrt(Math.PI / 2) * sigma / Math.sqrt(N)));
        assertThat(meanLog).isCloseTo(Math.log(median), within(4 * sigma / Math.sqrt(N)));
        // SE of a normal sample's standard deviation: sigma / sqrt(2 N)
        assertThat(sdLog).isCloseTo(sigma, within(4 * sigma / Math.sqrt(2.0 * N)));
    }

    @Test
    void lognormalWithZeroSpreadIsTheMedian() {
        RandomGenerator g = rng("lognormal-0");
        for (int i = 0; i < 1000; i++) {
            assertThat(Draws.lognormal(g, 42.5, 0)).isEqualTo(42.5);
        }
    }

    // ---- weighted --------------------------------------------------------------------------------

    @Test
    void weightedProportionsFollowWeights() {
        double[] w = {1, 2, 3, 0, 4};
        RandomGenerator g = rng("weighted");
        int[] counts = new int[w.length];
        for (int i = 0; i < N; i++) {
            counts[Draws.weighted(g, w, w.length)]++;
        }
        assertThat(counts[3]).as("zero weight is never drawn").isZero();
        for (int i = 0; i < w.length; i++) {
            double p = w[i] / 10;
            assertThat((double) counts[i] / N).as("index %d", i).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N) + 1e-12));
        }
    }

    @Test
    void weightedUsesOnlyTheFirstNWeights() {
        double[] w = {1, 3, 1000, 1000};
        RandomGenerator g = rng("weighted-prefix");
        int[] counts = new int[w.length];
        for (int i = 0; i < N; i++) {
            counts[Draws.weighted(g, w, 2)]++;
        }
        assertThat(counts[2] + counts[3]).isZero();
        assertThat((double) counts[1] / N).isCloseTo(0.75, within(4 * Math.sqrt(0.75 * 0.25 / N)));
    }

    @Test
    void weightedWithNothingToDrawIsMinusOne() {
        RandomGenerator g = rng("weighted-empty");
        assertThat(Draws.weighted(g, new double[] {0, 0, 0}, 3)).isEqualTo(-1);
        assertThat(Draws.weighted(g, new double[] {5, 5}, 0)).isEqualTo(-1);
        assertThat(Draws.weighted(g, new double[0], 0)).isEqualTo(-1);
    }

    @Test
    void weightedWithASingleNonZeroWeightAlwaysPicksIt() {
        RandomGenerator g = rng("weighted-single");
        for (int i = 0; i < 10_000; i++) {
            assertThat(Draws.weighted(g, new double[] {0, 0, 7, 0}, 4)).isEqualTo(2);
        }
    }

    /** A generator whose nextDouble() is the largest double below 1 (nextLong all ones). */
    private static final RandomGenerator TOP = () -> -1L;

    @Test
    void weightedNeverPicksAZeroWeightEvenAtTheTopOfTheUnitInterval() {
        assertThat(TOP.nextDouble()).isEqualTo(Math.nextDown(1.0));
        assertThat(Draws.weighted(TOP, new double[] {5.46, 8.36, 0.0}, 3)).isEqualTo(1);
    }

    @Test
    void weightedAtTheBottomOfTheUnitIntervalPicksTheFirstNonZeroWeight() {
        RandomGenerator bottom = () -> 0L; // nextDouble() == 0
        assertThat(Draws.weighted(bottom, new double[] {0, 0, 2, 3}, 4)).isEqualTo(2);
        assertThat(Draws.weighted(TOP, new double[] {1, 2, 3}, 3)).isEqualTo(2);
    }

    // ---- uniform ---------------------------------------------------------------------------------

    @Test
    void uniformIntStaysWithinInclusiveBoundsAndHitsEveryValueEvenly() {
        int lo = -3;
        int hi = 3;
        int m = hi - lo + 1;
        RandomGenerator g = rng("uniformInt");
        int[] counts = new int[m];
        for (int i = 0; i < N; i++) {
            int x = Draws.uniformInt(g, lo, hi);
            assertThat(x).isBetween(lo, hi);
            counts[x - lo]++;
        }
        double p = 1.0 / m;
        for (int v = 0; v < m; v++) {
            assertThat((double) counts[v] / N).as("value %d", v + lo).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N)));
        }
    }

    @Test
    void uniformIntEdges() {
        RandomGenerator g = rng("uniformInt-edges");
        for (int i = 0; i < 1000; i++) {
            assertThat(Draws.uniformInt(g, 5, 5)).isEqualTo(5);
            assertThat(Draws.uniformInt(g, Integer.MAX_VALUE - 1, Integer.MAX_VALUE)).isBetween(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
            assertThat(Draws.uniformInt(g, Integer.MIN_VALUE, Integer.MIN_VALUE + 1)).isBetween(Integer.MIN_VALUE, Integer.MIN_VALUE + 1);
            assertThat(Draws.uniformInt(g, -1_000_000_000, 1_000_000_000)).isBetween(-1_000_000_000, 1_000_000_000);
        }
        assertThatThrownBy(() -> Draws.uniformInt(g, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uniformIntOverTheWholeIntRange() {
        RandomGenerator g = rng("uniformInt-wide");
        assertThat(Draws.uniformInt(g, 0, Integer.MAX_VALUE)).isNotNegative();
        Draws.uniformInt(g, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Test
    void uniformStaysInHalfOpenRangeWithTheRightMean() {
        RandomGenerator g = rng("uniform");
        double lo = -2.5;
        double hi = 7.5;
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < N; i++) {
            double x = Draws.uniform(g, lo, hi);
            assertThat(x).isGreaterThanOrEqualTo(lo).isLessThan(hi);
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double sd = (hi - lo) / Math.sqrt(12);
        assertThat(sum / N).isCloseTo((lo + hi) / 2, within(4 * sd / Math.sqrt(N)));
        assertThat(min).isLessThan(lo + 0.001); // the whole range is covered
        assertThat(max).isGreaterThan(hi - 0.001);
    }

    // ---- logistic --------------------------------------------------------------------------------

    @Test
    void logisticValues() {
        assertThat(Draws.logistic(0)).isEqualTo(0.5);
        assertThat(Draws.logistic(Math.log(3))).isCloseTo(0.75, within(1e-12));
        for (double x = -20; x <= 20; x += 0.25) {
            assertThat(Draws.logistic(-x)).isCloseTo(1 - Draws.logistic(x), within(1e-12));
            assertThat(Draws.logistic(x + 0.25)).isGreaterThanOrEqualTo(Draws.logistic(x));
        }
        assertThat(Draws.logistic(-1000)).isZero();
        assertThat(Draws.logistic(1000)).isEqualTo(1.0);
        assertThat(Draws.logistic(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Draws.logistic(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    }

    // ---- reproducibility -------------------------------------------------------------------------

    @Test
    void drawsAreReproducibleFromTheSameStream() {
        RandomGenerator a = new RandomStreams(99).stream("mix");
        RandomGenerator b = new RandomStreams(99).stream("mix");
        for (int i = 0; i < 1000; i++) {
            assertThat(Draws.poisson(a, 4.5)).isEqualTo(Draws.poisson(b, 4.5));
            assertThat(Draws.lognormal(a, 10, 1)).isEqualTo(Draws.lognormal(b, 10, 1));
            assertThat(Draws.chance(a, 0.3)).isEqualTo(Draws.chance(b, 0.3));
            assertThat(Draws.weighted(a, new double[] {1, 2}, 2)).isEqualTo(Draws.weighted(b, new double[] {1, 2}, 2));
        }
    }

    // ---- geometric -------------------------------------------------------------------------------

    /** Jumping by geometric gaps marks each trial a success with chance p, independently: the rate and the gap mean. */
    @ParameterizedTest
    @ValueSource(doubles = {0.002, 0.05, 0.3, 0.9})
    void geometricGapsMarkTrialsWithChanceP(double p) {
        RandomGenerator g = rng("geometric-" + p);
        long trials = 0;
        int successes = 0;
        double gapSum = 0;
        while (successes < 20_000) {
            int gap = Draws.geometric(g, p);
            gapSum += gap;
            trials += gap + 1L;
            successes++;
        }
        double mean = (1 - p) / p;
        double se = Math.sqrt((1 - p) / (p * p) / successes);
        assertThat(gapSum / successes).isCloseTo(mean, within(4 * se + 1e-12));
        // a gap of 0 (the very next trial succeeds) has chance p
        RandomGenerator h = rng("geometric-zero-" + p);
        int zeros = 0;
        for (int i = 0; i < N; i++) {
            if (Draws.geometric(h, p) == 0) {
                zeros++;
            }
        }
        assertThat((double) zeros / N).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N)));
        assertThat(trials).isPositive();
    }

    @Test
    void geometricEdges() {
        RandomGenerator g = rng("geometric-edges");
        assertThat(Draws.geometric(g, 1.0)).isZero();
        assertThat(Draws.geometric(g, 0.0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Draws.geometric(g, Double.NaN)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Draws.geometric(g, 1e-300)).isPositive();
    }
}
