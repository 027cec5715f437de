package org.moneymen.spark.cluster;

import java.util.Optional;

/**
 * One JVM a cluster started, as recorded: its role ({@code master}, {@code worker-1}, ...), its pid and its start
 * time in epoch milliseconds. A pid alone could be reused by another process after a reboot or a crash: the start
 * time and the folder named on its command line tell that the process is still the one started.
 *
 * @param role what the process is
 * @param pid its process id
 * @param startMillis its start time as the operating system reports it
 */
public record ClusterProcess(String role, long pid, long startMillis) {

    /** The process, if it is still running and is still the one the cluster in {@code folder} started. */
    public Optional<ProcessHandle> ifStillOurs(String marker) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return Optional.empty();
        }
        ProcessHandle.Info info = h.get().info();
        boolean sameStart = info.startInstant().map(i -> Math.abs(i.toEpochMilli() - startMillis) < 1000).orElse(false);
        boolean marked = info.commandLine().map(c -> c.contains(marker))
                .or(() -> info.arguments().map(a -> String.join(" ", a).contains(marker))).orElse(false);
        return sameStart && marked ? h : Optional.empty();
    }

    /** The record of a process just started. */
    static ClusterProcess of(String role, Process p) {
        long start = p.toHandle().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
        return new ClusterProcess(role, p.pid(), start);
    }

    /** One line of the record file. */
    String line() {
        return role + " " + pid + " " + startMillis;
    }

    /** A line of the record file back. */
    static ClusterProcess parse(String line) {
        String[] f = line.trim().split(" ");
        if (f.length != 3) {
            throw new IllegalArgumentException("not a process record: " + line);
        }
        return new ClusterProcess(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]));
    }
}
