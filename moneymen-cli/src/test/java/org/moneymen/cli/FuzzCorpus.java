package org.moneymen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the fuzz test's seed corpus: the shipped scenarios and a sweep file unchanged, and 60 seeded mutants (seed
 * 7, other than the mutation test's). Run from the module folder:
 * {@code java -cp target/test-classes:... org.moneymen.cli.FuzzCorpus}, or through the test with
 * {@code -Dfuzz.corpus.write=true}.
 */
final class FuzzCorpus {
    static final Path DIR = Path.of("src", "test", "resources", "org", "moneymen", "cli", "InputsFuzzTestInputs",
            "anyInput_endsInARunOrALocatedError");

    private FuzzCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DIR);
        List<String> scenarios = Mutations.shippedScenarios();
        String[] names = {"baseline", "recall-2016", "purge-2013", "world"};
        for (int i = 0; i < scenarios.size(); i++) {
            Files.write(DIR.resolve("shipped-" + names[i]), Robustness.encode(Robustness.Kind.SCENARIO,
                    scenarios.get(i)));
        }
        Files.write(DIR.resolve("shipped-sweep"), Robustness.encode(Robustness.Kind.SWEEP, Mutations.sweepText()));
        Files.write(DIR.resolve("set-recall-line"), Robustness.encode(Robustness.Kind.SET, "quota.recall_line=1.2"));
        for (int n = 0; n < 60; n++) {
            Files.write(DIR.resolve(String.format("mutant-%02d", n)), Mutations.mutant(7, n, scenarios));
        }
    }
}
