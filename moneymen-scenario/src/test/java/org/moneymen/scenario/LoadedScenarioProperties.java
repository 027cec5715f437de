package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.param.Range;

/**
 * {@code with(path, value)} is {@code --set path=value} without the text: over every leaf parameter of the shipped
 * scenarios and values of every kind (in range, out of range, of the wrong type), both give equal scenarios or
 * refuse with the same problems, and the in-memory edit binds only the value it changes.
 */
class LoadedScenarioProperties {

    /** A shipped scenario's text and what it loads to. */
    record Base(String name, String text, LoadedScenario loaded) {
    }

    /** One edit of one base. */
    record Case(Base base, String path, Object value) {
        @Override
        public String toString() {
            return base.name() + ": " + path + " = " + ScenarioValues.text(value)
                    + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")");
        }
    }

    /** A scenario or the problems that refused it. */
    record Outcome(Scenario scenario, List<String> problems) {
    }

    interface Load {
        Scenario get() throws ScenarioException;
    }

    static Outcome outcome(Load load) {
        try {
            return new Outcome(load.get(), List.of());
        } catch (ScenarioException e) {
            return new Outcome(null, e.problems().stream().map(Problem::toString).toList());
        }
    }

    static final List<Base> BASES = bases();

    static List<Base> bases() {
        List<Base> out = new ArrayList<>();
        for (String name : List.of("baseline.yaml", "purge-2013.yaml")) {
            try {
                String text = Files.readString(Path.of("..", "scenarios", name));
                out.add(new Base(name, text, LoadedScenario.parse(name, text, List.of())));
            } catch (Exception e) {
                throw new AssertionError(name + " does not load", e);
            }
        }
        return out;
    }

    @Property(tries = 300)
    void withGivesWhatSetGives(@ForAll("cases") Case c) {
        Outcome text = outcome(() -> ScenarioLoader.parse(c.base().name(), c.base().text(),
                List.of(c.path() + "=" + ScenarioValues.text(c.value()))));
        Outcome typed = outcome(() -> c.base().loaded().with(c.path(), c.value()).scenario());
        Statistics.label("outcome").collect(text.problems().isEmpty() ? "accepted" : "refused");
        assertThat(typed).isEqualTo(text);
    }

    @Property(tries = 80)
    void severalValuesAtOnceGiveWhatTheSameSetsGive(@ForAll("cases") Case a, @ForAll("cases") Case b) {
        Base base = a.base();
        Case second = new Case(base, b.path(), b.value());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(a.path(), a.value());
        values.put(second.path(), second.value());
        List<String> sets = values.entrySet().stream().map(e -> e.getKey() + "=" + ScenarioValues.text(e.getValue())).toList();
        Outcome text = outcome(() -> ScenarioLoader.parse(base.name(), base.text(), sets));
        Outcome typed = outcome(() -> base.loaded().with(values).scenario());
        assertThat(typed).isEqualTo(text);
    }

    @Property(tries = 150)
    void aValidValueIsBoundAloneAndTheLoadedScenarioIsLeftAsItWas(@ForAll("cases") Case c) throws Exception {
        Outcome text = outcome(() -> ScenarioLoader.parse(c.base().name(), c.base().text(),
                List.of(c.path() + "=" + ScenarioValues.text(c.value()))));
        Scenario before = c.base().loaded().scenario();
        Overrides.Applied applied = Overrides.put(c.base().loaded().root(), List.of(
                () -> new Overrides.Edit(OverridePath.parse(c.path(), Location.commandLine("x")),
                        ScenarioValues.node(c.value(), Location.commandLine("x")), Location.commandLine("x"))));
        Scenario quick = Rebinder.rebind(before, applied, new LinkedHashMap<>(c.base().loaded().locations()));
        if (text.problems().isEmpty()) {
            // The quick path covers every valid leaf edit: it must not silently hand every edit to the whole bind.
            assertThat(quick).isEqualTo(text.scenario());
        }
        // Edits copy what they change: the loaded tree still binds to the scenario it was loaded as.
        outcome(() -> c.base().loaded().with(c.path(), c.value()).scenario());
        assertThat(new Binder().bind(c.base().loaded().root(), Scenario.class)).isEqualTo(before);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(BASES).flatMap(base -> {
            List<Parameter> leaves = Parameters.of(base.loaded().scenario());
            return Arbitraries.of(leaves).flatMap(p -> values(p).map(v -> new Case(base, p.path(), v)));
        });
    }

    /** Doubles in [lo, hi) with all 53 bits drawn, so six significant digits would not do. */
    static Arbitrary<Object> fullPrecision(double lo, double hi) {
        return Arbitraries.longs().map(bits -> (Object) (lo + (hi - lo) * ((bits >>> 11) * 0x1.0p-53)));
    }

    /** Whether YAML reads the text as that very text (not a number, a mapping, ...), so --set means the same. */
    static boolean readsAsItself(String text) {
        try {
            return text.equals(ScenarioValues.read("v", text));
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** Values for a parameter: of its type in and out of its range, and now and then of another type. */
    static Arbitrary<Object> values(Parameter p) {
        Class<?> type = p.component().getType();
        Range range = p.component().getAnnotation(Range.class);
        Arbitrary<Object> wrong = Arbitraries.of("abc", true, 2.5, 3L, LocalDate.of(2013, 12, 8), List.of("a", "b"));
        Arbitrary<Object> right;
        if (type == double.class || type == Double.class) {
            double lo = range == null ? -1e6 : Math.max(range.min(), -1e6);
            double hi = range == null ? 1e6 : Math.min(range.max(), 1e6);
            right = Arbitraries.oneOf(fullPrecision(lo, hi), fullPrecision(-1e9, 1e9),
                    Arbitraries.of(0.0, 1.0, 2.0, 0.1, 1.0 / 3, 12345678.9).map(d -> (Object) d),
                    Arbitraries.longs().between(-5, 2000).map(l -> (Object) l));
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            long lo = range == null ? -100 : (long) Math.max(range.min(), -100);
            long hi = range == null ? 100_000 : (long) Math.min(range.max(), 100_000);
            right = Arbitraries.oneOf(Arbitraries.longs().between(lo, hi).map(l -> (Object) l),
                    Arbitraries.integers().between(-1000, 3000).map(i -> (Object) i),
                    Arbitraries.of(Long.MAX_VALUE, 3_000_000_000L).map(l -> (Object) l));
        } else if (type == boolean.class || type == Boolean.class) {
            right = Arbitraries.of(true, false);
        } else if (type == LocalDate.class) {
            right = Arbitraries.oneOf(Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(),
                            LocalDate.of(2030, 12, 31).toEpochDay()).map(d -> (Object) LocalDate.ofEpochDay(d)),
                    Arbitraries.of("2013-12-08", "2016-01-01"));
        } else if (type.isEnum()) {
            right = Arbitraries.oneOf(Arbitraries.of(type.getEnumConstants()).map(e -> (Object) e),
                    Arbitraries.of(type.getEnumConstants()).map(e -> (Object) Names.constant((Enum<?>) e)),
                    Arbitraries.of("no_such_kind"));
        } else if (type == String.class) {
            // Plain words YAML reads as texts, so the --set text means the same; existing values test references.
            right = Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                            .map(s -> (Object) ("x" + s)),
                    Arbitraries.of(p.value() == null ? "gsd" : p.value().toString(), "gsd", "office39", "Beijing")
                            .filter(LoadedScenarioProperties::readsAsItself).map(s -> (Object) s));
        } else if (type == List.class) {
            right = Arbitraries.of(List.of(), List.of("gsd"), List.of("ssd", "party"), List.of("major_city", "border"),
                    List.of("no_such_organ"));
        } else {
            right = Arbitraries.of(p.value() == null ? "x" : p.value());
        }
        return Arbitraries.frequencyOf(Tuple.of(8, right), Tuple.of(2, wrong)).injectNull(0.05);
    }
}
