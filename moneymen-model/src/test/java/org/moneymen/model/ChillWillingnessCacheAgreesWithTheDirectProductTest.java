package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Counterparts' willingness, cached per city for the last day asked, is bit for bit the product of every chill's
 * factor computed afresh, whatever the order of new chills and questions: the same day again, days going back,
 * chills starting after the day asked, cities first asked about late (the cache grows).
 */
final class ChillWillingnessCacheAgreesWithTheDirectProductTest {
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 6L;
    private static final int REPEAT = 0;
    private static final int NEAR = 1;
    private static final int ANY = 2;

    /** A chill starts (kind 0) or a city's willingness is asked (kinds 1-3), on a day. */
    record Op(int kind, int city, Day day, Chill chill) {
    }

    /** The last day asked again, one near it (either way), or any day. */
    record Day(int mode, int delta, int any) {
    }

    /** A chill's depth, half-life, share elsewhere, and cities (a bit mask over the cities). */
    record Chill(double depth, double halfLifeMonths, double elsewhere, int cities) {
    }

    private static Gen<Op> ops() {
        Gen<Integer> mode = Generate.frequency(Pair.of(3, Generate.constant(REPEAT)),
                Pair.of(4, Generate.constant(NEAR)), Pair.of(3, Generate.constant(ANY)));
        Gen<Integer> any = Generate.oneOf(Generate.pick(List.of(0, 1, 30, 31, 365, 366)), integers().between(0, 5000));
        Gen<Day> days = mode.zip(integers().between(-40, 40), any, Day::new);
        Gen<Double> depth = Generate.oneOf(Generate.pick(List.of(0.0, 0.5, 1.0)), doubles().between(0, 1));
        Gen<Double> halfLife = Generate.oneOf(Generate.pick(List.of(0.5, 3.0, 12.0)), doubles().between(0.1, 36));
        Gen<Double> elsewhere = Generate.oneOf(Generate.pick(List.of(0.0, 0.25, 1.0)), doubles().between(0, 1));
        Gen<Chill> chills = depth.zip(halfLife, elsewhere, integers().between(0, 31), Chill::new);
        return integers().between(0, 3).zip(integers().between(0, 4), days, chills, Op::new);
    }

    @Test
    void willingnessMatchesTheProductOfEveryChillsFactor() {
        // City indices up to 9 and asked in any order, so the cache is grown past cities it has not seen.
        qt().withExamples(1000).withFixedSeed(SEED)
                .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(1, 5),
                        lists().of(ops()).ofSizeBetween(0, 80))
                .checkAssert(ChillWillingnessCacheAgreesWithTheDirectProductTest::agree);
    }

    private static void agree(List<Integer> cityIndices, List<Op> ops) {
        List<City> cities = new ArrayList<>();
        for (int i : new LinkedHashSet<>(cityIndices)) {
            cities.add(Entities.city(i));
        }
        InvestmentChill chill = new InvestmentChill();
        NaiveInvestmentChill reference = new NaiveInvestmentChill();
        int last = 0;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            int day = switch (op.day().mode()) {
                case REPEAT -> last;
                case NEAR -> Math.max(0, last + op.day().delta()); // scheduler days start at 0
                default -> op.day().any();
            };
            City city = cities.get(op.city() % cities.size());
            if (op.kind() == 0) {
                Chill c = op.chill();
                Set<City> in = new LinkedHashSet<>();
                for (int k = 0; k < cities.size(); k++) {
                    if ((c.cities() & 1 << k) != 0) {
                        in.add(cities.get(k));
                    }
                }
                chill.add(day, in, c.depth(), c.halfLifeMonths(), c.elsewhere());
                reference.add(day, in, c.depth(), c.halfLifeMonths(), c.elsewhere());
            } else {
                double got = chill.willingness(city, day);
                double expected = reference.willingness(city, day);
                assertThat(Double.doubleToRawLongBits(got))
                        .as("willingness in %s on day %d after op %d %s: cached %s, direct %s",
                                city.name(), day, i, op, got, expected)
                        .isEqualTo(Double.doubleToRawLongBits(expected));
                last = day;
            }
        }
    }
}
