package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The expansions CityRatios compares weights on hold, after every operation, exactly the decimal value of what was
 * added and multiplied (products by integers, as CityRatios makes them), in components that do not overlap (which
 * is what makes the sign of the largest the sign of the whole).
 */
final class ExactExpansionsAgreeWithDecimalsTest {
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 1997L;

    /** Doubles of very different magnitudes, with awkward ones: ulps of 1, the smallest subnormal, a huge one. */
    private static Gen<Double> terms() {
        Gen<Double> scaled = integers().between(-80, 80).zip(doubles().between(-1, 1), (k, x) -> Math.scalb(x, k));
        return Generate.oneOf(scaled, scaled, Generate.pick(List.of(0.0, 1.0, -1.0, 0x1p-53, 1 - 0x1p-53,
                -Math.nextUp(1.0), Double.MIN_VALUE, -0x1p-1000, 0x1p900, 0.1, -0.3)));
    }

    /** Integers up to 2^53 either side of zero (the scales an exact product needs), small ones among them. */
    private static Gen<Double> integral() {
        return Generate.oneOf(longs().between(-(1L << 53), 1L << 53), longs().between(-3, 3)).map(x -> (double) x);
    }

    @Test
    void growCompressScaleAndProductsKeepTheExactValueAndItsSign() {
        qt().withExamples(3000).withFixedSeed(SEED)
                .forAll(lists().of(terms()).ofSizeBetween(0, 12), integral(), terms(), integers().between(-3, 200_000))
                .checkAssert((xs, b, a, c) -> {
                    double[] e = new double[64];
                    BigDecimal value = BigDecimal.ZERO;
                    int n = 0;
                    for (double x : xs) {
                        n = CityRatios.Exact.grow(e, n, x);
                        value = value.add(exact(x));
                        check(e, n, value, "grown");
                    }
                    if (n > 0) {
                        // Take away the largest component, so that what is left is a remainder near zero.
                        double top = e[n - 1];
                        n = CityRatios.Exact.grow(e, n, -top);
                        value = value.subtract(exact(top));
                        check(e, n, value, "less its largest");
                    }
                    n = CityRatios.Exact.compress(e, n);
                    check(e, n, value, "compressed");
                    n = CityRatios.Exact.growProduct(e, n, a, c);
                    value = value.add(exact(a).multiply(BigDecimal.valueOf(c)));
                    check(e, n, value, "with a product");
                    double[] h = new double[2 * n + 1];
                    int hn = CityRatios.Exact.scale(e, n, b, h);
                    check(h, hn, value.multiply(exact(b)), "scaled");
                    hn = CityRatios.Exact.compress(h, hn);
                    check(h, hn, value.multiply(exact(b)), "scaled and compressed");
                });
    }

    @Test
    void roundingUpGivesTheSmallestDoubleAtOrAboveTheSum() {
        qt().withExamples(3000).withFixedSeed(SEED).forAll(terms(), terms()).checkAssert((a, b) -> {
            double up = CityRatios.Exact.sumUp(a, b);
            BigDecimal sum = exact(a).add(exact(b));
            assertThat(exact(up)).as("%s + %s rounded up", a, b).isGreaterThanOrEqualTo(sum);
            assertThat(exact(Math.nextDown(up))).as("%s + %s rounded up", a, b).isLessThan(sum);
        });
    }

    private static void check(double[] e, int n, BigDecimal value, String what) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            assertThat(e[i]).as("%s: component %d", what, i).isNotZero();
            sum = sum.add(exact(e[i]));
            if (i > 0) {
                assertThat(exact(Math.abs(e[i - 1]))).as("%s: component %d overlaps the next", what, i - 1)
                        .isLessThan(exact(Math.scalb(1.0, lowestBit(e[i]))));
            }
        }
        assertThat(sum).as("%s: value", what).isEqualByComparingTo(value);
        assertThat(CityRatios.Exact.sign(e, n)).as("%s: sign", what).isEqualTo(value.signum());
    }

    /** The exponent of the lowest set bit of a nonzero double. */
    private static int lowestBit(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long mantissa = bits & ((1L << 52) - 1);
        int unit;
        if (Math.getExponent(x) >= Double.MIN_EXPONENT) {
            mantissa |= 1L << 52;
            unit = Math.getExponent(x) - 52;
        } else {
            unit = Double.MIN_EXPONENT - 52;
        }
        return unit + Long.numberOfTrailingZeros(mantissa);
    }

    private static BigDecimal exact(double x) {
        return new BigDecimal(x);
    }
}
