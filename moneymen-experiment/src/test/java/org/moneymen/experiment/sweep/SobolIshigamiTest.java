package org.moneymen.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Sobol design and estimators on the Ishigami function, f = sin x1 + 7 sin^2 x2 + 0.1 x3^4 sin x1 on
 * [-pi, pi]^3, whose indices are known: S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
 */
final class SobolIshigamiTest {
    static final double[] S1 = {0.3139, 0.4424, 0};
    static final double[] ST = {0.5576, 0.4424, 0.2437};

    static List<SobolIndices.Index> indices(int samples, long seed) {
        List<Param> params = List.of(range("x1"), range("x2"), range("x3"));
        List<Point> points = Designs.sobol(params, samples, seed);
        assertThat(points).hasSize(samples * 5);
        double[] y = new double[points.size()];
        for (int i = 0; i < y.length; i++) {
            List<Object> v = points.get(i).values();
            double x1 = (Double) v.get(0);
            double x2 = (Double) v.get(1);
            double x3 = (Double) v.get(2);
            y[i] = Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        }
        return SobolIndices.estimate(List.of("x1", "x2", "x3"), y);
    }

    static Param range(String name) {
        return new Param(name, name, List.of(), -Math.PI, Math.PI, 0, false, null, 0, 0);
    }

    @Test
    void indicesMatchTheAnalyticValuesWithinTheirIntervals() {
        // 8,192 samples (40,960 evaluations): the estimators' errors are about 0.01-0.02 here; 0.05 is a wide margin,
        // and each interval must hold the true value.
        List<SobolIndices.Index> r = indices(8192, 1);
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index x = r.get(i);
            assertThat(x.s1()).as("S1 of x%d", i + 1).isCloseTo(S1[i], within(0.05));
            assertThat(x.st()).as("ST of x%d", i + 1).isCloseTo(ST[i], within(0.05));
            assertThat(ST[i]).as("ST interval of x%d", i + 1).isBetween(x.stLow() - 0.01, x.stHigh() + 0.01);
            assertThat(x.s1Low()).isLessThan(x.s1High());
        }
    }

    @Test
    void theDesignIsABlockOfAThenBThenAWithEachColumnFromB() {
        List<Param> params = List.of(range("a"), range("b"));
        List<Point> p = Designs.sobol(params, 4, 9);
        for (int j = 0; j < 4; j++) {
            Point a = p.get(4 * j);
            Point b = p.get(4 * j + 1);
            Point ab0 = p.get(4 * j + 2);
            Point ab1 = p.get(4 * j + 3);
            assertThat(a.trajectory()).isEqualTo(j);
            assertThat(ab0.values()).containsExactly(b.values().get(0), a.values().get(1));
            assertThat(ab1.values()).containsExactly(a.values().get(0), b.values().get(1));
        }
        assertThat(Designs.sobol(params, 4, 9)).usingRecursiveFieldByFieldElementComparator().isEqualTo(p);
        assertThat(Designs.sobol(params, 4, 10).get(0).values()).isNotEqualTo(p.get(0).values());
    }
}
