package org.moneymen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 120 seeded mutations of the shipped scenarios, a sweep file and --set values, each through validate (and run when
 * valid): each ends in a finished run or a located error with exit 2, never a stack trace, a hang or a file
 * touched outside the output folder. The same mutants every build (seed 2026).
 */
final class MutatedInputsTest {
    static final long SEED = 2026;
    static List<String> scenarios;

    static Stream<Integer> mutants() throws Exception {
        scenarios = Mutations.shippedScenarios();
        return IntStream.range(0, 120).boxed();
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "fuzz.corpus.write", matches = "true")
    void writeTheFuzzCorpus() throws Exception {
        FuzzCorpus.main(new String[0]);
    }

    @ParameterizedTest(name = "mutant {0}")
    @MethodSource("mutants")
    @Timeout(120) // a guard against a hang, not a speed check: a valid mutant runs two months
    void aMutatedInput_endsInARunOrALocatedError(int n, @TempDir Path tmp) throws Exception {
        Robustness.check(Mutations.mutant(SEED, n, scenarios), Files.createDirectories(tmp.resolve("w")));
    }
}
