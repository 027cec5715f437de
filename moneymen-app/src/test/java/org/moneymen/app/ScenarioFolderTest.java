package org.moneymen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve offers the scenarios of the folder it starts in, else those of its installation, and says where it looked. */
final class ScenarioFolderTest {
    @TempDir
    Path tmp;

    @Test
    void startedElsewhere_itFindsTheInstallationsScenarios() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("moneymen-install"));
        Files.writeString(install.resolve("moneymen"), "#!/bin/sh\n");
        Files.createDirectories(install.resolve("scenarios"));
        Files.writeString(install.resolve("scenarios/baseline.yaml"), "name: b\n");
        Path lib = Files.createDirectories(install.resolve("moneymen-app/target/lib"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        var looked = ScenarioFolder.candidates(elsewhere, lib.resolve("moneymen-app.jar"));
        assertThat(looked).containsExactly(elsewhere.resolve("scenarios").toAbsolutePath(),
                install.resolve("scenarios").toAbsolutePath());
        assertThat(ScenarioFolder.first(looked)).isEqualTo(install.resolve("scenarios").toAbsolutePath());
        // A scenarios/ folder where it starts comes first.
        Files.createDirectories(elsewhere.resolve("scenarios"));
        Files.writeString(elsewhere.resolve("scenarios/mine.yaml"), "name: m\n");
        assertThat(ScenarioFolder.first(looked)).isEqualTo(elsewhere.resolve("scenarios").toAbsolutePath());
    }

    @Test
    void noScenariosAnywhere_givesNull_soServeSaysWhereItLooked() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        assertThat(ScenarioFolder.first(ScenarioFolder.candidates(elsewhere, null))).isNull();
        assertThat(ScenarioFolder.yamlFiles(elsewhere.resolve("nope"))).isZero();
    }

    @Test
    void theRealInstallationIsFoundFromItsOwnClasses() {
        var looked = ScenarioFolder.candidates(Path.of("/"), ScenarioFolder.codeLocation());
        assertThat(ScenarioFolder.first(looked)).isNotNull();
        assertThat(ScenarioFolder.yamlFiles(ScenarioFolder.first(looked))).isGreaterThanOrEqualTo(4);
    }
}
