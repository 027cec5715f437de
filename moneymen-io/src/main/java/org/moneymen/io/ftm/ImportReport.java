package org.moneymen.io.ftm;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an import read, kept, mapped to what and skipped, by schema, with counts; unknown schemas and properties the
 * importer does not read are counted, never fatal.
 */
public final class ImportReport {
    private final Map<String, Integer> read = new TreeMap<>();
    private final Map<String, Map<String, Integer>> mapped = new TreeMap<>();
    private final Map<String, Map<String, Integer>> skipped = new TreeMap<>();
    private final Map<String, Integer> unused = new TreeMap<>();
    private int unknownSchemas;

    void read(FtmEntity e) {
        read.merge(e.schema(), 1, Integer::sum);
        if (!FtmSchemas.KNOWN.contains(e.schema())) {
            unknownSchemas++;
        }
        Set<String> reads = FtmSchemas.READ.get(e.schema());
        if (reads != null) {
            for (String p : e.properties().keySet()) {
                if (!reads.contains(p)) {
                    unused.merge(e.schema() + "." + p, 1, Integer::sum);
                }
            }
        }
    }

    void map(String schema, String target) {
        mapped.computeIfAbsent(schema, k -> new TreeMap<>()).merge(target, 1, Integer::sum);
    }

    void skip(String schema, String reason) {
        skipped.computeIfAbsent(schema, k -> new TreeMap<>()).merge(reason, 1, Integer::sum);
    }

    /** How many entities of a schema were mapped to a target (for tests). */
    public int mapped(String schema, String target) {
        return mapped.getOrDefault(schema, Map.of()).getOrDefault(target, 0);
    }

    /** How many entities of a schema were skipped for a reason (for tests). */
    public int skipped(String schema, String reason) {
        return skipped.getOrDefault(schema, Map.of()).getOrDefault(reason, 0);
    }

    /** Entities read of a schema. */
    public int read(String schema) {
        return read.getOrDefault(schema, 0);
    }

    /** Prints the report: per schema read, kept and what they became, skipped and why; then unused properties. */
    public void print(PrintWriter out) {
        int total = read.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("Read %,d entities (%d schemas%s).%n", total, read.size(),
                unknownSchemas == 0 ? "" : String.format(", %,d entities of schemas moneymen does not know",
                        unknownSchemas));
        out.printf("%-16s %8s %8s  %s%n", "schema", "read", "kept", "mapped to / skipped");
        for (var e : read.entrySet()) {
            Map<String, Integer> m = mapped.getOrDefault(e.getKey(), Map.of());
            int kept = m.values().stream().mapToInt(Integer::intValue).sum();
            out.printf("%-16s %,8d %,8d  %s%n", e.getKey(), e.getValue(), kept, join(m, "-> "));
            Map<String, Integer> s = skipped.getOrDefault(e.getKey(), Map.of());
            int rest = e.getValue() - kept - s.values().stream().mapToInt(Integer::intValue).sum();
            if (!s.isEmpty() || rest > 0) {
                Map<String, Integer> all = new TreeMap<>(s);
                if (rest > 0) {
                    all.merge("not linked to the network", rest, Integer::sum);
                }
                out.printf("%-16s %8s %8s  %s%n", "", "", "", join(all, "skipped: "));
            }
        }
        if (!unused.isEmpty()) {
            StringBuilder b = new StringBuilder();
            unused.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" ").append(v));
            out.println("Properties not read (counted, not used): " + b);
        }
    }

    private static String join(Map<String, Integer> m, String prefix) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? prefix : "; ").append(k).append(" ").append(v));
        return b.toString();
    }
}
