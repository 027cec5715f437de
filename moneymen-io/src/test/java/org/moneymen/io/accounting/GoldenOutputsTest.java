package org.moneymen.io.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.io.RunFiles;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/**
 * Golden outputs: the MD5 of every file a run writes, for each shipped scenario at a small size and two seeds,
 * committed in {@code src/test/resources/golden/outputs.md5}. "Same scenario and seed, identical outputs" is then a
 * test: a change that alters any output fails here, and must say why and update the file in the same commit
 * ({@code ./mvnw -pl moneymen-io test -Dtest=GoldenOutputsTest -Dgolden.update=true}).
 */
final class GoldenOutputsTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "outputs.md5");
    /** A fixed stamp: the build and command change with every commit; what a run computes must not. */
    static final org.moneymen.io.Stamp GOLDEN_STAMP = new org.moneymen.io.Stamp("golden", "golden", "moneymen golden");

    /** Each case: scenario file, seed, overrides that keep it small. */
    static final List<String[]> CASES = List.of(
            new String[] {"baseline", "1", "months=24"},
            new String[] {"baseline", "2", "months=24"},
            new String[] {"recall-2016", "1", "months=24"},
            new String[] {"recall-2016", "2", "months=24"},
            new String[] {"purge-2013", "1", ""},
            new String[] {"purge-2013", "2", ""},
            new String[] {"world", "1", "target_officials=600,months=72"},
            new String[] {"world", "2", "target_officials=600,months=72"});

    @TempDir
    Path tmp;

    /** The golden lines of today's outputs: "scenario seed file md5", in a fixed order. */
    List<String> current() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String[] c : CASES) {
            List<String> set = new ArrayList<>();
            if (!c[2].isEmpty()) {
                set.addAll(List.of(c[2].split(",")));
            }
            set.add("seed=" + c[1]);
            Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", c[0] + ".yaml"), set);
            Path dir = tmp.resolve(c[0] + "-" + c[1]);
            RunFiles.run(dir, s, ScenarioLoader.resolvedYaml(s), true, GOLDEN_STAMP);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    lines.add(c[0] + " " + c[1] + " " + f.getFileName() + " " + md5(f));
                }
            }
        }
        return lines;
    }

    @Test
    void everyShippedScenarioWritesItsGoldenFiles() throws Exception {
        List<String> now = current();
        if (Boolean.getBoolean("golden.update")) {
            Files.write(GOLDEN, now, StandardCharsets.UTF_8);
        }
        assertThat(now).as("outputs against " + GOLDEN + " (update it with -Dgolden.update=true when a change"
                + " alters outputs on purpose, saying why)").containsExactlyElementsOf(
                Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }

    private static String md5(Path f) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(f)));
    }
}
