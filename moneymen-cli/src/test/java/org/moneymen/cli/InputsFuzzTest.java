package org.moneymen.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jazzer's fuzz test of every input a user gives (a scenario, a sweep file, a --set value: the first byte picks
 * which): in CI it runs the committed corpus (src/test/resources/org/moneymen/cli/InputsFuzzTestInputs) in
 * regression mode; {@code JAZZER_FUZZ=1 ./mvnw -pl moneymen-cli test -Dtest=InputsFuzzTest} fuzzes for real.
 */
final class InputsFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void anyInput_endsInARunOrALocatedError(byte[] input) throws Exception {
        Path tmp = Files.createTempDirectory("moneymen-fuzz");
        try {
            Robustness.check(input, tmp);
        } finally {
            org.moneymen.io.AtomicDirectory.deleteTree(tmp);
        }
    }
}
