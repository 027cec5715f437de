package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints rows as CSV or as an aligned text table. */
final class Tables {
    private Tables() {
    }

    static void csv(PrintWriter out, List<String> header, List<List<String>> rows) {
        out.println(String.join(",", header.stream().map(Tables::field).toList()));
        for (List<String> row : rows) {
            out.println(String.join(",", row.stream().map(Tables::field).toList()));
        }
    }

    /** Columns of identifiers, whose digits are never grouped. */
    private static final java.util.Set<String> IDS = java.util.Set.of("run", "point", "replica", "seed", "post",
            "account", "rank", "official", "company", "counted_from");

    /**
     * Rows as an aligned text table: numbers to the right, text to the left, and every number of a thousand or more
     * with thousands separators (identifiers apart), so each table reads the same way; CSV keeps plain digits.
     */
    static void aligned(PrintWriter out, List<String> header, List<List<String>> given) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (List<String> row : given) {
            List<String> r = new java.util.ArrayList<>(row);
            for (int i = 0; i < r.size() && i < header.size(); i++) {
                if (!IDS.contains(header.get(i))) {
                    r.set(i, grouped(r.get(i)));
                }
            }
            rows.add(r);
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        line(out, header, width);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            line(out, row, width);
        }
    }

    private static void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(i == 0 ? "" : "  ");
            boolean number = c.matches("-?[0-9.,]+");
            sb.append(number ? " ".repeat(width[i] - c.length()) + c : c + " ".repeat(width[i] - c.length()));
        }
        out.println(sb.toString().stripTrailing());
    }

    /** A plain number with its whole part's digits grouped by thousands; anything else as it is. */
    static String grouped(String cell) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?)(\\d{4,})(\\.\\d+)?").matcher(cell);
        if (!m.matches()) {
            return cell;
        }
        String digits = m.group(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return m.group(1) + b + (m.group(3) == null ? "" : m.group(3));
    }

    /** A figure for a table: whole numbers from 100 up, four decimals below, empty when unknown. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
