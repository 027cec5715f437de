package org.moneymen.spark;

import java.util.List;

/**
 * The JVM flags Spark's own launcher adds on Java 17 (STACK.md): every JVM that hosts Spark needs them, the driver
 * (the launcher and surefire add them), the Master and Workers of {@code cluster up}, and the executors (passed as
 * {@code spark.executor.extraJavaOptions}).
 */
public final class SparkJvmFlags {

    /** The flags, one per element. */
    public static final List<String> FLAGS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    private SparkJvmFlags() {
    }

    /** The flags as one string, space-separated (none holds a space). */
    public static String joined() {
        return String.join(" ", FLAGS);
    }
}
