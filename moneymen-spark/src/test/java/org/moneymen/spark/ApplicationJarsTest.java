package org.moneymen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The jars a cluster's executors are sent: moneymen's run code and what it needs that Spark does not bring. */
final class ApplicationJarsTest {

    @Test
    void theBuildsTreeGivesTheRunCodeAndItsLibrariesButNothingOfSparksNorWhatOnlyTheDriverUses() {
        assertThat(ApplicationJars.fileNames())
                .anyMatch(n -> n.startsWith("moneymen-model-")).anyMatch(n -> n.startsWith("moneymen-kernel-"))
                .anyMatch(n -> n.startsWith("moneymen-experiment-")).anyMatch(n -> n.startsWith("hipparchus-core-"))
                // Spark has these (Jackson, YAML, Scala) or executors never use them (DuckDB, charts: the driver writes).
                .noneMatch(n -> n.startsWith("spark-")).noneMatch(n -> n.startsWith("jackson-databind"))
                .noneMatch(n -> n.startsWith("scala-library")).noneMatch(n -> n.startsWith("duckdb"))
                .noneMatch(n -> n.startsWith("moneymen-io-"));
    }

    @Test
    void aLibraryBothSidesNeedIsSparksEvenWhenTheTreeShowsItUnderTheRunCode() {
        List<String> tree = List.of(
                "org.moneymen:moneymen-spark:jar:1",
                "+- org.moneymen:moneymen-experiment:jar:1:compile",
                "|  +- org.example:shared:jar:2:compile",
                "|  |  \\- org.example:deep:jar:3:compile",
                "|  +- (org.example:both:jar:4:compile - omitted for duplicate)",
                "|  \\- org.example:native:jar:linux-x86_64:5:compile",
                "+- org.apache.spark:spark-core_2.13:jar:4.2.0:compile",
                "|  +- (org.example:shared:jar:2:compile - omitted for duplicate)",
                "|  \\- org.example:both:jar:4:compile",
                "\\- org.apache.spark:spark-sql_2.13:jar:4.2.0:compile");
        assertThat(ApplicationJars.fileNames(tree))
                .containsExactlyInAnyOrder("moneymen-experiment-1.jar", "native-5-linux-x86_64.jar");
    }
}
