package org.moneymen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every benchmark once on the tiny plan, in this JVM: checks the report, never the timings. */
final class BenchReportTest {

    @Test
    void tinyPlan_printsATableThenOneKeyValueLinePerFigure() throws Exception {
        StringWriter progress = new StringWriter();
        Figures f = new Bench(BenchPlan.tiny(), new PrintWriter(progress)).run();
        StringWriter out = new StringWriter();
        f.print(new PrintWriter(out));
        List<String> lines = Arrays.asList(out.toString().split("\n"));
        List<String> keyLines = lines.subList(lines.size() - Figures.KEYS.size(), lines.size());
        for (int i = 0; i < Figures.KEYS.size(); i++) {
            assertThat(keyLines.get(i)).matches(Figures.KEYS.get(i) + "=[0-9.eE+-]+");
        }
        assertThat(out.toString()).contains("figure", "target", "kernel events/s");
        assertThat(f.values().values()).allSatisfy(v -> assertThat(v).isPositive().isFinite());
        assertThat(f.detail().get("Spark session start-up and stop (cold), s")).isPositive().isFinite();
    }

    @Test
    void keys_areExactlyTheIssues() {
        assertThat(Figures.KEYS).containsExactly("kernel_vs_bare_queue", "kernel_vs_mason",
                "official_months_per_s_10k", "official_months_per_s_100k", "official_months_per_s_1m",
                "cost_1m_over_100k", "world_100k_10y_s", "bytes_per_official", "sweep_parallel_efficiency",
                "spark_over_local", "calibration_sims_per_s");
    }
}
