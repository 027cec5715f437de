package org.moneymen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of the shipped scenario and sweep files and of --set values: lines dropped, doubled or cut,
 * numbers made extreme, values made the wrong type, keys misspelt, deep nesting, long lines, odd characters.
 */
final class Mutations {
    private static final String[] EXTREMES = {"1e308", "-1", "0", "NaN", ".inf", "-.inf", "99999999999999999999",
        "1e21", "2147483648", "-2147483649", "0.0000001", "''", "~", "[]", "{}", "true", "2013-02-30", "9999-12-31",
        "0001-01-01", "\"\\u0000\"", "&a", "*a", "!!binary AAAA", "<img src=x onerror=alert(1)>"};
    private static final String[] SETS = {"quota.recall_line", "companies[0].count", "companies[99999999999999999999].count",
        "companies[-1].count", "purges[0].date", "purges", "cities[0].counterparts", "target_officials", "months",
        "seed", "rivalry.enabled", "organs[0].rivals", "deals.at", "", "=", "a.b.c.d.e", "companies[0]"};

    private Mutations() {
    }

    static List<String> shippedScenarios() throws IOException {
        List<String> out = new ArrayList<>();
        for (String s : List.of("baseline", "recall-2016", "purge-2013", "world")) {
            out.add(Files.readString(Path.of("..", "scenarios", s + ".yaml")));
        }
        return out;
    }

    static String sweepText() {
        return "name: fuzz\nscenario: " + Robustness.BASELINE + "\nset: [months=2]\nseed: 1\nreplicas: 2\n"
                + "design: {kind: grid}\nparameters:\n  - {path: quota.recall_line, values: [1.0, 1.4]}\n"
                + "  - {path: \"companies[0].count\", range: {min: 1, max: 3, steps: 2}}\n";
    }

    /** The n-th mutant of a seed corpus, the same for the same seed and n. */
    static byte[] mutant(long seed, int n, List<String> scenarios) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        int kind = r.nextInt(10);
        if (kind < 6) {
            return Robustness.encode(Robustness.Kind.SCENARIO, mutate(scenarios.get(r.nextInt(scenarios.size())), r));
        }
        if (kind < 8) {
            return Robustness.encode(Robustness.Kind.SWEEP, mutate(sweepText(), r));
        }
        String path = SETS[r.nextInt(SETS.length)];
        String value = r.nextBoolean() ? EXTREMES[r.nextInt(EXTREMES.length)] : mutate("1.2", r);
        return Robustness.encode(Robustness.Kind.SET, path + "=" + value);
    }

    private static String mutate(String text, SplittableRandom r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            switch (r.nextInt(9)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> lines.set(i, line.substring(0, r.nextInt(line.length() + 1)));
                case 3 -> lines.set(i, line.replaceFirst("-?[0-9][0-9_.e+-]*", EXTREMES[r.nextInt(EXTREMES.length)]));
                case 4 -> lines.set(i, line.replaceFirst(":\\s*\\S.*$", ": " + EXTREMES[r.nextInt(EXTREMES.length)]));
                case 5 -> lines.set(i, line.replaceFirst("[a-z_]+:", "qq_" + r.nextInt(100) + ":"));
                case 6 -> lines.set(i, line + " " + "[".repeat(200 + r.nextInt(3000)));
                case 7 -> lines.set(i, "  ".repeat(r.nextInt(6)) + line.strip() + "\t");
                default -> lines.set(i, line + "x".repeat(50_000));
            }
        }
        String out = String.join("\n", lines);
        return r.nextInt(10) == 0 ? out.substring(0, r.nextInt(out.length() + 1)) : out;
    }
}
