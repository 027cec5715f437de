package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.scenario.ScenarioException;

/**
 * What any input must end in: a finished command or a located error with exit 2, never a stack trace or a file
 * touched outside the output folder. Shared by the fuzz test (Jazzer, over a committed corpus) and the seeded
 * mutations test.
 */
final class Robustness {
    /** Kinds of input, chosen by an input's first byte. */
    enum Kind { SCENARIO, SWEEP, SET }

    /** Stands for the shipped baseline scenario's absolute path in sweep inputs. */
    static final String BASELINE = "BASELINE";

    private Robustness() {
    }

    /** An input as bytes: the kind's number, then the text. */
    static byte[] encode(Kind kind, String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[t.length + 1];
        out[0] = (byte) kind.ordinal();
        System.arraycopy(t, 0, out, 1, t.length);
        return out;
    }

    /** Checks one input given as bytes (its first byte picks the kind). */
    static void check(byte[] input, Path tmp) throws IOException {
        if (input.length == 0) {
            return;
        }
        Kind kind = Kind.values()[Math.floorMod(input[0], Kind.values().length)];
        String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        check(kind, text, tmp);
    }

    static void check(Kind kind, String text, Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Map<String, Long> before = listing(tmp);
        switch (kind) {
            case SCENARIO -> {
                Path f = in.resolve("s.yaml");
                Files.writeString(f, text, StandardCharsets.UTF_8);
                Cli v = Cli.run("validate", f.toString(), "--no-provenance");
                answered(v, text);
                if (v.status() == 0) {
                    Cli r = Cli.run("run", f.toString(), "--set", "warmup_months=0", "--set", "months=2", "--out",
                            out.resolve("run").toString());
                    answered(r, text);
                    if (r.status() == 0) {
                        assertThat(out.resolve("run").resolve("summary.json")).isRegularFile();
                    }
                }
                Files.delete(f);
            }
            case SWEEP -> {
                Path f = in.resolve("w.yaml");
                String baseline = Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize().toString();
                Files.writeString(f, text.replace(BASELINE, baseline), StandardCharsets.UTF_8);
                try {
                    SweepFiles.load(f, List.of());
                } catch (ScenarioException e) {
                    assertThat(e.getMessage()).as("a sweep file's error for:\n" + text).isNotBlank();
                }
                Files.delete(f);
            }
            case SET -> {
                Cli v = Cli.run("validate", Path.of("..", "scenarios", "baseline.yaml").toString(), "--no-provenance",
                        "--set", text);
                answered(v, text);
            }
        }
        Map<String, Long> after = listing(tmp);
        after.keySet().removeIf(p -> p.startsWith("out"));
        before.keySet().removeIf(p -> p.startsWith("out"));
        assertThat(after).as("files outside the output folder").isEqualTo(before);
        org.moneymen.io.AtomicDirectory.deleteTree(out);
    }

    /** A command answered: exit 0 or 2, and no Java exception shown to the user. */
    private static void answered(Cli r, String input) {
        String shown = r.out() + r.err();
        assertThat(r.status()).as("exit status for:\n" + abbreviate(input) + "\nprinted:\n" + abbreviate(shown))
                .isIn(0, 2);
        assertThat(shown).as("a stack trace for:\n" + abbreviate(input)).doesNotContain("\tat ", "Exception:",
                "Error:\n", "java.lang.", "NullPointer");
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    private static Map<String, Long> listing(Path dir) throws IOException {
        Map<String, Long> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.size(p));
            }
        }
        return m;
    }
}
