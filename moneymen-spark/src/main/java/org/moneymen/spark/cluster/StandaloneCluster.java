package org.moneymen.spark.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.moneymen.spark.ApplicationJars;
import org.moneymen.spark.SparkJvmFlags;

/**
 * A Spark standalone cluster on 127.0.0.1 started from moneymen's own jars, no Spark distribution: a Master and
 * {@code workers} Workers, each its own JVM, with this JVM's class path. The Workers build their executors' command
 * from {@code SPARK_HOME}, here a folder of the cluster's own with an empty {@code jars/} (the driver gives the
 * executors their class path, see the spark engine's ExecutorSettings), and {@code SPARK_SCALA_VERSION=2.13}.
 *
 * <p>Everything lives in the cluster's folder: {@value ClusterRecord#FILE} (the master URL and the pids),
 * {@code logs/} (one file per JVM), {@code work/} (the executors' folders and logs) and {@code spark-home/}.
 * The JVMs outlive the JVM that started them; {@link #stop} ends exactly those recorded.
 */
public final class StandaloneCluster {

    private static final String DAEMON_LOGGING = String.join("\n", "rootLogger.level = info",
            "rootLogger.appenderRef.stdout.ref = stdout", "appender.console.type = Console",
            "appender.console.name = stdout", "appender.console.target = SYSTEM_OUT",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss} %p %c{1}: %m%n", "");

    private StandaloneCluster() {
    }

    /**
     * Starts a Master and the Workers, waits until every Worker has registered, and records them.
     *
     * @param folder the cluster's folder: new, empty, or one an earlier {@code cluster up} made
     * @param workers number of Workers
     * @param cores cores each Worker offers
     * @param memory memory each Worker offers to executors (Spark's notation: 1g, 1500m)
     * @param timeout how long to wait for the Master and the Workers to be up
     */
    public static ClusterRecord start(Path folder, int workers, int cores, String memory, Duration timeout)
            throws ClusterException, IOException, InterruptedException {
        Path dir = folder.toAbsolutePath().normalize();
        prepare(dir);
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        // The Master and Workers log at INFO (the lines awaited below), not at moneymen-spark's warnings-only level.
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf").resolve("log4j2.properties"), DAEMON_LOGGING, StandardCharsets.UTF_8);
        int port = freePort();
        String url = "spark://127.0.0.1:" + port;
        List<Process> started = new ArrayList<>();
        List<ClusterProcess> recorded = new ArrayList<>();
        boolean ok = false;
        try {
            Process master = launch(dir, home, logs.resolve("master.log"), List.of("-Xmx512m",
                    "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(port),
                    "--webui-port", "0"));
            started.add(master);
            recorded.add(ClusterProcess.of("master", master));
            new ClusterRecord(dir, url, recorded).write();
            long deadline = System.nanoTime() + timeout.toNanos();
            awaitLine(master, logs.resolve("master.log"), "I have been elected leader", deadline, "the Master");
            // The port the Master says it took: Spark tries the next ports when the one asked for was taken meanwhile.
            java.util.regex.Matcher said = java.util.regex.Pattern.compile("Starting Spark master at (spark://\\S+)")
                    .matcher(read(logs.resolve("master.log")));
            if (said.find() && !said.group(1).equals(url)) {
                url = said.group(1);
                new ClusterRecord(dir, url, recorded).write();
            }
            for (int i = 1; i <= workers; i++) {
                Path log = logs.resolve("worker-" + i + ".log");
                Process w = launch(dir, home, log, List.of("-Xmx512m", "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--webui-port", "0", "-c", String.valueOf(cores), "-m", memory,
                        "--work-dir", work.toString(), url));
                started.add(w);
                recorded.add(ClusterProcess.of("worker-" + i, w));
                new ClusterRecord(dir, url, recorded).write();
            }
            for (int i = 1; i <= workers; i++) {
                awaitLine(started.get(i), logs.resolve("worker-" + i + ".log"), "Successfully registered with master",
                        deadline, "worker " + i);
            }
            ok = true;
            return new ClusterRecord(dir, url, List.copyOf(recorded));
        } finally {
            if (!ok) {
                started.forEach(Process::destroyForcibly);
                new ClusterRecord(dir, url, recorded).delete();
            }
        }
    }

    /**
     * Stops the processes of a record that are still the ones it started (workers first, with the executors they
     * launched, then the master), waits for them to end, and removes the record. Returns what was stopped.
     */
    public static List<String> stop(ClusterRecord record) throws IOException, InterruptedException {
        List<String> stopped = new ArrayList<>();
        List<ClusterProcess> order = new ArrayList<>(record.processes());
        java.util.Collections.reverse(order);
        for (ClusterProcess p : order) {
            var h = p.ifStillOurs(record.marker());
            if (h.isEmpty()) {
                continue;
            }
            // The executors a worker launched: stopped with it (a worker's own shutdown ends them too).
            List<ProcessHandle> children = h.get().descendants().toList();
            end(h.get());
            for (ProcessHandle c : children) {
                end(c);
            }
            stopped.add(p.role() + " (pid " + p.pid() + (children.isEmpty() ? "" : ", and " + children.size()
                    + " process" + (children.size() == 1 ? "" : "es") + " it started") + ")");
        }
        record.delete();
        return stopped;
    }

    /** SIGTERM, then SIGKILL after 15 s. */
    private static void end(ProcessHandle h) throws InterruptedException {
        if (!h.isAlive()) {
            return;
        }
        h.destroy();
        try {
            h.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            h.destroyForcibly();
            try {
                h.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException ignored) {
                // reported by the caller's check of running()
            }
        }
    }

    /** The folder is new, empty, or a cluster folder with no cluster running; it is marked as moneymen's. */
    private static void prepare(Path dir) throws ClusterException, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ClusterException(dir + " exists and is not a folder");
        }
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(ClusterRecord.MARK))) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new ClusterException(dir + " holds files moneymen did not write; give an empty or new folder"
                            + " with --dir");
                }
            }
        }
        var existing = ClusterRecord.read(dir);
        if (existing.isPresent() && !existing.get().running().isEmpty()) {
            throw new ClusterException("a cluster is already up at " + existing.get().masterUrl() + " (recorded in "
                    + dir.resolve(ClusterRecord.FILE) + "); stop it first with: ./moneymen cluster down"
                    + (dir.equals(Path.of("runs", "cluster").toAbsolutePath()) ? "" : " --dir " + dir));
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ClusterRecord.MARK), "made by moneymen cluster up\n", StandardCharsets.UTF_8);
    }

    private static Process launch(Path dir, Path home, Path log, List<String> main) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(ClusterRecord.marker(dir));
        cmd.add("-Dlog4j2.configurationFile=" + home.resolve("conf").resolve("log4j2.properties"));
        cmd.addAll(SparkJvmFlags.FLAGS);
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, ApplicationJars.classPath()));
        cmd.addAll(main);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.remove("SPARK_CONF_DIR");
        return pb.start();
    }

    /** Waits for a line in a log, failing with the log's tail if the process ends or time runs out. */
    private static void awaitLine(Process p, Path log, String text, long deadline, String who)
            throws ClusterException, InterruptedException {
        while (true) {
            String content = read(log);
            if (content.contains(text)) {
                return;
            }
            if (!p.isAlive()) {
                throw new ClusterException(who + " stopped while starting (exit status " + p.exitValue() + "); see "
                        + log + ":\n" + tail(content));
            }
            if (System.nanoTime() > deadline) {
                throw new ClusterException(who + " did not start in time; see " + log + ":\n" + tail(content));
            }
            Thread.sleep(200);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(String content) {
        List<String> lines = content.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
