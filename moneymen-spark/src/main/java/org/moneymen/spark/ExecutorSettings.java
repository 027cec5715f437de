package org.moneymen.spark;

import java.io.File;
import java.net.URI;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * What a driver tells a cluster's executors so that the cluster needs only Spark of the same version
 * (docs in the README, "Sweeps on a Spark cluster"):
 * <ul>
 *   <li>{@code spark.jars}: the application jars ({@link ApplicationJars#toShip()}), which every executor fetches
 *       from the driver, for a cluster on other machines;</li>
 *   <li>{@code spark.executor.extraClassPath}: the driver's own class path, for a cluster on this machine (such as
 *       {@code ./moneymen cluster up}), whose executors then load the same files; on other machines paths that do not
 *       exist are skipped by the JVM;</li>
 *   <li>{@code spark.executor.extraJavaOptions}: the JVM flags Spark needs on Java 17 ({@link SparkJvmFlags}) and the
 *       throughput collector that {@code ./moneymen} gives the local engine.</li>
 * </ul>
 * A setting the user gave already ({@code -Dspark.jars=...} in {@code MONEYMEN_JAVA_OPTS}, read by Spark from the
 * system properties) is kept.
 */
final class ExecutorSettings {

    private ExecutorSettings() {
    }

    /** Adds the settings to a builder for the given master, unless it is local (one JVM). */
    static void apply(SparkSession.Builder builder, String master) {
        if (master.startsWith("local[") || master.equals("local")) {
            return;
        }
        SparkConf given = new SparkConf(true);
        List<String> jars = ApplicationJars.toShip();
        if (!given.contains("spark.jars") && !jars.isEmpty()) {
            builder.config("spark.jars", String.join(",", jars));
        }
        if (!given.contains("spark.executor.extraClassPath")) {
            builder.config("spark.executor.extraClassPath", String.join(File.pathSeparator, ApplicationJars.classPath()));
        }
        if (!given.contains("spark.executor.extraJavaOptions")) {
            // The throughput collector, as ./moneymen gives the driver and the local engine: many short runs, each a
            // small live set (docs/PERFORMANCE.md); Spark's executors would otherwise get G1.
            builder.config("spark.executor.extraJavaOptions", SparkJvmFlags.joined() + " -XX:+UseParallelGC");
        }
        if (onThisMachine(master) && !given.contains("spark.driver.host")) {
            // Executors on 127.0.0.1 reach the driver there, whatever the machine's name resolves to.
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        if (master.startsWith("local-cluster") && !given.contains("spark.executorEnv.SPARK_SCALA_VERSION")) {
            builder.config("spark.executorEnv.SPARK_SCALA_VERSION", "2.13");
        }
    }

    /** A local-cluster master or a spark:// master on 127.0.0.1 or localhost. */
    static boolean onThisMachine(String master) {
        if (master.startsWith("local-cluster")) {
            return true;
        }
        if (!master.startsWith("spark://")) {
            return false;
        }
        String host = URI.create(master.split(",")[0]).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host);
    }
}
