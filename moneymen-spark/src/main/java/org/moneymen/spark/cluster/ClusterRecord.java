package org.moneymen.spark.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code cluster up} wrote to its folder so that {@code cluster down} stops exactly what it started: the master
 * URL and each JVM's role, pid and start time, in {@value #FILE}. The folder is moneymen's: {@value #MARK} says so,
 * and a folder without it that holds anything is never written to.
 *
 * @param folder the cluster's folder (absolute)
 * @param masterUrl spark://127.0.0.1:PORT
 * @param processes the master first, then the workers
 */
public record ClusterRecord(Path folder, String masterUrl, List<ClusterProcess> processes) {

    /** The record file in a cluster's folder. */
    public static final String FILE = "cluster.txt";
    /** The file that marks a folder as made by {@code cluster up}. */
    public static final String MARK = ".moneymen-cluster";

    /** The text on the command line of each JVM the cluster in this folder started. */
    public String marker() {
        return marker(folder);
    }

    static String marker(Path folder) {
        return "-Dmoneymen.cluster=" + folder.toAbsolutePath().normalize();
    }

    /** The processes of this record still running and still the ones it started, in the record's order. */
    public List<ProcessHandle> running() {
        List<ProcessHandle> out = new ArrayList<>();
        for (ClusterProcess p : processes) {
            p.ifStillOurs(marker()).ifPresent(out::add);
        }
        return out;
    }

    /** Writes the record (to a temporary file first, then moved over the record). */
    void write() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("master " + masterUrl);
        processes.forEach(p -> lines.add("process " + p.line()));
        Path tmp = folder.resolve(FILE + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The record in a folder; empty when there is none. */
    public static java.util.Optional<ClusterRecord> read(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f) || !Files.exists(dir.resolve(MARK))) {
            return java.util.Optional.empty();
        }
        String url = null;
        List<ClusterProcess> ps = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.startsWith("master ")) {
                url = line.substring("master ".length()).trim();
            } else if (line.startsWith("process ")) {
                ps.add(ClusterProcess.parse(line.substring("process ".length())));
            }
        }
        if (url == null) {
            throw new IOException(f + " names no master");
        }
        return java.util.Optional.of(new ClusterRecord(dir, url, List.copyOf(ps)));
    }

    /** Removes the record file (the logs stay). */
    void delete() throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
    }
}
