package org.moneymen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moneymen.experiment.keyplayers.KeyPlayers;
import org.moneymen.experiment.keyplayers.KeyPlayersPlan;
import org.moneymen.experiment.keyplayers.KeyPlayersResult;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.scenario.LoadedScenario;

/**
 * Key players on Spark in local mode are the local engine's, to the last digit: the removals travel in the sweep plan
 * as a scenario list, so executors run the same scenario with the same seeds.
 */
final class KeyPlayersOnSparkTest {
    static SparkSession spark;

    static final KeyPlayers.Listener QUIET = new KeyPlayers.Listener() {
        @Override
        public void stage(String name, long runs) {
        }

        @Override
        public void runDone() {
        }
    };

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("moneymen-test")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sparkRanksTheSameOfficialsWithTheSameLossesAsTheLocalEngine() throws Exception {
        LoadedScenario baseline = LoadedScenario.load(Path.of("..", "scenarios", "baseline.yaml"),
                List.of("months=12", "warmup_months=12"));
        KeyPlayersPlan plan = KeyPlayersPlan.of(baseline, null, 12, 2, 2, 2, true, 2, 3);
        KeyPlayersResult local = KeyPlayers.run(plan, new LocalEngine(), new EngineOptions(2, null), QUIET);
        KeyPlayersResult onSpark = KeyPlayers.run(plan, new SparkEngine(), EngineOptions.defaults(), QUIET);
        assertThat(local.officials()).isNotEmpty();
        assertThat(onSpark.officials()).isEqualTo(local.officials());
        assertThat(onSpark.accounts()).isEqualTo(local.accounts());
        assertThat(onSpark.sets()).isEqualTo(local.sets());
        assertThat(onSpark.baselineInflowUsd()).isEqualTo(local.baselineInflowUsd());
    }
}
