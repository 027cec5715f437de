package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.param.Range;

/**
 * {@code with(path, value)} is {@code --set path=value} without the text: over every leaf parameter of the shipped
 * scenarios and values of every kind (in range, out of range, of the wrong type), both give equal scenarios or
 * refuse with the same problems, and the in-memory edit binds only the value it changes. Cases come from seeded
 * generators (the same cases every build), as many as the properties had tries.
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

    static IntStream tries300() {
        return IntStream.range(0, 300);
    }

    static IntStream tries150() {
        return IntStream.range(0, 150);
    }

    static IntStream tries80() {
        return IntStream.range(0, 80);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("tries300")
    void withGivesWhatSetGives(int i) {
        Case c = aCase(new SplittableRandom(1_000L + i));
        Outcome text = outcome(() -> ScenarioLoader.parse(c.base().name(), c.base().text(),
                List.of(c.path() + "=" + ScenarioValues.text(c.value()))));
        Outcome typed = outcome(() -> c.base().loaded().with(c.path(), c.value()).scenario());
        assertThat(typed).isEqualTo(text);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("tries80")
    void severalValuesAtOnceGiveWhatTheSameSetsGive(int i) {
        SplittableRandom r = new SplittableRandom(2_000L + i);
        Case a = aCase(r);
        Case b = aCase(r);
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

    @ParameterizedTest(name = "case {0}")
    @MethodSource("tries150")
    void aValidValueIsBoundAloneAndTheLoadedScenarioIsLeftAsItWas(int i) throws Exception {
        Case c = aCase(new SplittableRandom(3_000L + i));
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

    /** One edit: a base, one of its leaf parameters, and a value for it. */
    static Case aCase(SplittableRandom r) {
        Base base = BASES.get(r.nextInt(BASES.size()));
        List<Parameter> leaves = Parameters.of(base.loaded().scenario());
        Parameter p = leaves.get(r.nextInt(leaves.size()));
        return new Case(base, p.path(), value(p, r));
    }

    /** Doubles in [lo, hi) with all 53 bits drawn, so six significant digits would not do. */
    static double fullPrecision(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * ((r.nextLong() >>> 11) * 0x1.0p-53);
    }

    /** Whether YAML reads the text as that very text (not a number, a mapping, ...), so --set means the same. */
    static boolean readsAsItself(String text) {
        try {
            return text.equals(ScenarioValues.read("v", text));
        } catch (ScenarioException e) {
            return false;
        }
    }

    private static Object pick(SplittableRandom r, Object... options) {
        return options[r.nextInt(options.length)];
    }

    /** A value for a parameter: of its type in and out of its range, and now and then of another type or null. */
    static Object value(Parameter p, SplittableRandom r) {
        if (r.nextInt(20) == 0) {
            return null;
        }
        if (r.nextInt(10) < 2) {
            return pick(r, "abc", true, 2.5, 3L, LocalDate.of(2013, 12, 8), List.of("a", "b"));
        }
        Class<?> type = p.component().getType();
        Range range = p.component().getAnnotation(Range.class);
        if (type == double.class || type == Double.class) {
            double lo = range == null ? -1e6 : Math.max(range.min(), -1e6);
            double hi = range == null ? 1e6 : Math.min(range.max(), 1e6);
            return switch (r.nextInt(4)) {
                case 0 -> fullPrecision(r, lo, hi);
                case 1 -> fullPrecision(r, -1e9, 1e9);
                case 2 -> pick(r, 0.0, 1.0, 2.0, 0.1, 1.0 / 3, 12345678.9);
                default -> (long) (r.nextInt(2006) - 5);
            };
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            long lo = range == null ? -100 : (long) Math.max(range.min(), -100);
            long hi = range == null ? 100_000 : (long) Math.min(range.max(), 100_000);
            return switch (r.nextInt(3)) {
                case 0 -> lo + r.nextLong(hi - lo + 1);
                case 1 -> r.nextInt(4001) - 1000;
                default -> pick(r, Long.MAX_VALUE, 3_000_000_000L);
            };
        }
        if (type == boolean.class || type == Boolean.class) {
            return r.nextBoolean();
        }
        if (type == LocalDate.class) {
            return r.nextBoolean() ? LocalDate.ofEpochDay(LocalDate.of(2000, 1, 1).toEpochDay()
                    + r.nextLong(LocalDate.of(2030, 12, 31).toEpochDay() - LocalDate.of(2000, 1, 1).toEpochDay() + 1))
                    : pick(r, "2013-12-08", "2016-01-01");
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            Object e = constants[r.nextInt(constants.length)];
            return switch (r.nextInt(3)) {
                case 0 -> e;
                case 1 -> Names.constant((Enum<?>) e);
                default -> "no_such_kind";
            };
        }
        if (type == String.class) {
            // Plain words YAML reads as texts, so the --set text means the same; existing values test references.
            if (r.nextBoolean()) {
                StringBuilder b = new StringBuilder("x");
                for (int k = 0, n = 1 + r.nextInt(8); k < n; k++) {
                    b.append((char) ('a' + r.nextInt(26)));
                }
                return b.toString();
            }
            String v = (String) pick(r, p.value() == null ? "gsd" : p.value().toString(), "gsd", "office39", "Beijing");
            return readsAsItself(v) ? v : "gsd";
        }
        if (type == List.class) {
            return pick(r, List.of(), List.of("gsd"), List.of("ssd", "party"), List.of("major_city", "border"),
                    List.of("no_such_organ"));
        }
        return p.value() == null ? "x" : p.value();
    }
}
