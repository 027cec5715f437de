package org.moneymen.io.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.io.Stamp;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepProgress;
import org.moneymen.io.sweep.Sweeps;

/** The inflow bands of a sweep's chart: per point, pooled, or one per value of a chosen parameter. */
final class FrameReaderTest {

    @TempDir
    static Path tmp;
    static Path sweep;

    /** 2 x 2 points x 2 replicas of the baseline over 6 months. */
    @BeforeAll
    static void sweep() throws Exception {
        Path f = tmp.resolve("two.yaml");
        Files.writeString(f, """
                name: two
                scenario: %s
                set: [months=6]
                seed: 7
                replicas: 2
                parameters:
                  - {path: quota.recall_line, values: [1.0, 1.4]}
                  - {path: quota.recall_on_success, values: [true, false]}
                """.formatted(Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize()));
        sweep = tmp.resolve("out");
        Sweeps.execute(SweepFiles.load(f, List.of()), new LocalEngine(), new EngineOptions(1, null), sweep, false,
                SweepProgress.NONE, new Stamp("0.0.0-test", "abc", "moneymen test"));
    }

    @Test
    void aBandPerPoint_orPerValueOfTheChosenParameter() throws Exception {
        assertThat(FrameReader.sweep(sweep).bands()).hasSize(4);
        Frame by = FrameReader.sweep(sweep, "quota.recall_on_success");
        assertThat(by.bands()).extracting(Frame.Band::label).containsExactly(
                "quota.recall_on_success = false (mean, 10-90%)", "quota.recall_on_success = true (mean, 10-90%)");
        assertThat(by.bands().get(0).low().length).isEqualTo(6);
        for (Frame.Band b : by.bands()) {
            for (int m = 0; m < b.low().length; m++) {
                assertThat(b.low()[m]).isLessThanOrEqualTo(b.mid()[m]);
                assertThat(b.mid()[m]).isLessThanOrEqualTo(b.high()[m]);
            }
        }
    }

    @Test
    void aParameterTheSweepDoesNotVaryIsRefusedNamingTheOnesItDoes() {
        assertThatThrownBy(() -> FrameReader.sweep(sweep, "quota.ratchet")).isInstanceOf(StoreException.class)
                .hasMessageContaining("--by quota.ratchet").hasMessageContaining("quota.recall_line");
    }
}
