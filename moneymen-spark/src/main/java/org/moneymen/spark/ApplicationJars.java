package org.moneymen.spark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What executors need beyond Spark itself: the jars of the driver's class path that hold moneymen's run code
 * (moneymen-spark and everything moneymen-experiment depends on) and are not part of Spark 4.2.0, so that a
 * cluster needs only Spark of the same version. Which jars those are comes from this module's dependency tree,
 * written at build time ({@code dependency:tree -Dverbose}) to {@value #TREE}: Spark's closure (spark-core and
 * spark-sql) is taken away from the run code's closure.
 */
public final class ApplicationJars {

    /** The build's dependency tree of moneymen-spark, as a class path resource. */
    static final String TREE = "org/moneymen/spark/dependency-tree.txt";
    private static final List<String> RUN_CODE = List.of("org.moneymen:moneymen-experiment");
    private static final List<String> SPARK = List.of("org.apache.spark:spark-core_2.13", "org.apache.spark:spark-sql_2.13");

    private ApplicationJars() {
    }

    /** The class path entries of this JVM, in order (directories and jars). */
    public static List<String> classPath() {
        List<String> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                out.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        return out;
    }

    /** The jars on this JVM's class path that executors must be sent (empty when the tree is not on the class path). */
    public static List<String> toShip() {
        Set<String> names = fileNames();
        List<String> out = new ArrayList<>();
        for (String e : classPath()) {
            Path p = Path.of(e);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            boolean ours = name.startsWith("moneymen-spark-") && name.endsWith(".jar");
            if ((ours || names.contains(name)) && Files.isRegularFile(p)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The jar file names (artifact-version[-classifier].jar) of the run code's closure without Spark's. */
    static Set<String> fileNames() {
        try (InputStream in = ApplicationJars.class.getClassLoader().getResourceAsStream(TREE)) {
            if (in == null) {
                return Set.of();
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            return fileNames(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, from the lines of a verbose dependency tree. */
    static Set<String> fileNames(List<String> lines) {
        Map<String, List<String>> children = new HashMap<>();
        Map<String, String> file = new HashMap<>();
        List<String> path = new ArrayList<>();
        for (String line : lines) {
            int start = 0;
            while (start < line.length() && "|+-\\ ".indexOf(line.charAt(start)) >= 0) {
                start++;
            }
            if (start == line.length()) {
                continue;
            }
            int depth = start / 3;
            boolean omitted = line.charAt(start) == '(';
            String coords = line.substring(omitted ? start + 1 : start).split("[ )]")[0];
            String[] c = coords.split(":");
            if (c.length < 4) {
                continue;
            }
            // group:artifact:type[:classifier]:version[:scope]
            boolean classified = c.length >= 6;
            String key = c[0] + ":" + c[1] + (classified ? ":" + c[3] : "");
            String version = classified ? c[4] : c[3];
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            if (!path.isEmpty()) {
                children.computeIfAbsent(path.get(path.size() - 1), k -> new ArrayList<>()).add(key);
            }
            if (!omitted) {
                file.put(key, c[1] + "-" + version + (classified ? "-" + c[3] : "") + ".jar");
            }
            path.add(omitted ? key + " (omitted)" : key);
        }
        Set<String> keep = closure(RUN_CODE, children);
        keep.removeAll(closure(SPARK, children));
        Set<String> out = new LinkedHashSet<>();
        keep.forEach(k -> {
            if (file.containsKey(k)) {
                out.add(file.get(k));
            }
        });
        return out;
    }

    private static Set<String> closure(List<String> roots, Map<String, List<String>> children) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String k = todo.pop();
            if (seen.add(k)) {
                todo.addAll(children.getOrDefault(k, List.of()));
            }
        }
        return seen;
    }
}
