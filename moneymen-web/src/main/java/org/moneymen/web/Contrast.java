package org.moneymen.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.model.Column;

/**
 * Two sides compared: every parameter that differs, each key total with both means and the difference (B - A) with
 * its 95% interval, and the monthly money of both with the difference month by month. Two points of one sweep on
 * common random numbers are paired replica by replica (the interval is of the paired differences); anything else is
 * compared as two independent samples (Welch's interval, none for single runs).
 */
final class Contrast {
    /** The monthly money the chart shows. */
    static final String MONEY = "office39_inflow_usd";

    /** The key totals, summed over the window: money, deals, accounts, people. */
    static final List<String> TOTALS = org.moneymen.io.sweep.KeyTotals.FLOWS;

    private Contrast() {
    }

    /** The columns a comparison reads. */
    static List<String> columns() {
        return TOTALS;
    }

    /**
     * The comparison as the page shows it.
     *
     * @param from first month of the window the totals are summed over (null: the first month both have)
     * @param to last month, included (null: the last month both have)
     */
    static Map<String, Object> of(Samples a, Samples b, LocalDate from, LocalDate to) {
        if (from != null && to != null && YearMonth.from(to).isBefore(YearMonth.from(from))) {
            throw new Dashboard.BadRequest("The window starts (" + from + ") after it ends (" + to + "); give a"
                    + " first month on or before the last.");
        }
        List<Integer> pairs = pairs(a, b);
        boolean paired = !pairs.isEmpty();
        List<LocalDate> months = new ArrayList<>(a.dates());
        months.retainAll(Set.copyOf(b.dates()));
        List<LocalDate> window = months.stream().filter(d -> (from == null || !YearMonth.from(d).isBefore(
                YearMonth.from(from))) && (to == null || !YearMonth.from(d).isAfter(YearMonth.from(to)))).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", side(a));
        out.put("b", side(b));
        out.put("paired", paired);
        out.put("pairs", pairs.size());
        out.put("method", paired ? "paired: the difference of each pair of runs on the same seed, then its mean with"
                + " a 95% interval (Student's t)" : a.replicas() > 1 && b.replicas() > 1 ? "not paired: the"
                + " difference of the two means with Welch's 95% interval" : "single runs: the difference of the two"
                + " runs, with no interval (one run each cannot give one)");
        out.put("differences", differences(a, b));
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("from", window.isEmpty() ? null : window.get(0).toString());
        w.put("to", window.isEmpty() ? null : window.get(window.size() - 1).toString());
        w.put("months", window.size());
        out.put("window", w);
        List<Map<String, Object>> totals = new ArrayList<>();
        for (String c : TOTALS) {
            totals.add(total(c, a, b, window, pairs));
        }
        out.put("totals", totals);
        out.put("series", series(a, b, months, pairs));
        return out;
    }

    /** The replicas both sides have on the same seed, when they are points of one sweep on common random numbers. */
    static List<Integer> pairs(Samples a, Samples b) {
        if (!a.folder().equals(b.folder()) || !a.commonSeeds() || !b.commonSeeds()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        a.seeds().forEach((r, seed) -> {
            if (seed.equals(b.seeds().get(r))) {
                out.add(r);
            }
        });
        return out;
    }

    private static Map<String, Object> side(Samples s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", s.ref());
        m.put("label", s.label());
        m.put("replicas", s.replicas());
        return m;
    }

    /** An item of a list parameter: {@code purges[0]} of {@code purges[0].date}. */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("^(.*?)\\[(\\d+)\\]\\.");

    /**
     * Every parameter whose value differs. An item of a list that only one side has (a purge removed) is one row, not
     * one per field: the item in short on the side that has it, "none" on the other.
     */
    static List<Map<String, Object>> differences(Samples a, Samples b) {
        Set<String> paths = new LinkedHashSet<>(a.parameters().keySet());
        paths.addAll(b.parameters().keySet());
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        Set<String> listsCollapsed = new java.util.HashSet<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String p : paths) {
            Samples.Setting x = a.parameters().get(p);
            Samples.Setting y = b.parameters().get(p);
            if (x != null && y != null && x.value().equals(y.value())) {
                continue;
            }
            java.util.regex.Matcher m = ITEM.matcher(p);
            if (m.find() && (x == null || y == null)) {
                String item = p.substring(0, m.end() - 1);
                if (!hasItem(x == null ? a : b, item)) {
                    listsCollapsed.add(m.group(1));
                    Map<String, Object> row = items.computeIfAbsent(item, k -> {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("path", item);
                        r.put("label", "");
                        r.put("a", x == null ? "none" : "");
                        r.put("b", y == null ? "none" : "");
                        out.add(r);
                        return r;
                    });
                    String side = x == null ? "b" : "a";
                    String shown = (String) row.get(side);
                    String v = (x == null ? y : x).value();
                    if (shown.length() < 90 && !v.isEmpty()) {
                        row.put(side, shown.isEmpty() ? v : shown + "; " + v);
                    }
                    continue;
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", p);
            row.put("label", (x != null ? x : y).label());
            row.put("a", x == null ? null : x.value());
            row.put("b", y == null ? null : y.value());
            out.add(row);
        }
        // The list emptied on one side is said by its items' rows; its own "[]" row would say it twice.
        out.removeIf(r -> listsCollapsed.contains(r.get("path")) && (r.get("a") == null || r.get("b") == null));
        items.forEach((item, row) -> {
            String list = item.substring(0, item.lastIndexOf('['));
            int n = Integer.parseInt(item.substring(item.lastIndexOf('[') + 1, item.length() - 1));
            Samples.Setting whole = a.parameters().getOrDefault(list, b.parameters().get(list));
            row.put("label", (whole == null ? list : whole.label()) + ": item " + (n + 1) + ", on one side only");
            for (String side : List.of("a", "b")) {
                String v = (String) row.get(side);
                row.put(side, v.length() > 100 ? v.substring(0, 97) + "..." : v);
            }
        });
        return out;
    }

    private static boolean hasItem(Samples s, String item) {
        String prefix = item + ".";
        return s.parameters().keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static Map<String, Object> total(String column, Samples a, Samples b, List<LocalDate> window,
                                             List<Integer> pairs) {
        double[] xa = sums(a, column, window);
        double[] xb = sums(b, column, window);
        Interval ia = Interval.of(xa);
        Interval ib = Interval.of(xb);
        Interval diff;
        if (!pairs.isEmpty()) {
            List<Integer> ra = List.copyOf(a.seeds().keySet());
            List<Integer> rb = List.copyOf(b.seeds().keySet());
            double[] d = pairs.stream().mapToDouble(r -> xb[rb.indexOf(r)] - xa[ra.indexOf(r)]).toArray();
            diff = Interval.of(d);
        } else {
            diff = Interval.welch(xa, xb);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", column);
        Column known = known(column);
        m.put("description", known == null ? column.replace('_', ' ') : known.description());
        m.put("unit", known == null ? null : known.unit().name());
        m.put("a", Interval.json(ia.mean()));
        m.put("b", Interval.json(ib.mean()));
        m.put("difference", Interval.json(diff.mean()));
        m.put("low", Interval.json(diff.low()));
        m.put("high", Interval.json(diff.high()));
        return m;
    }

    /** Each replica's sum of the column over the window's months, in replica order. */
    private static double[] sums(Samples s, String column, List<LocalDate> window) {
        Map<Integer, double[]> per = s.columns().get(column);
        int[] at = window.stream().mapToInt(d -> s.dates().indexOf(d)).toArray();
        double[] out = new double[per.size()];
        int i = 0;
        for (double[] x : per.values()) {
            double sum = 0;
            for (int m : at) {
                sum += Double.isNaN(x[m]) ? 0 : x[m];
            }
            out[i++] = sum;
        }
        return out;
    }

    private static Map<String, Object> series(Samples a, Samples b, List<LocalDate> months, List<Integer> pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("column", MONEY);
        m.put("unit", "USD per month");
        m.put("dates", months.stream().map(LocalDate::toString).toList());
        Band ba = new Band();
        Band bb = new Band();
        Band bd = new Band();
        Map<Integer, double[]> pa = a.columns().get(MONEY);
        Map<Integer, double[]> pb = b.columns().get(MONEY);
        for (LocalDate d : months) {
            int ia = a.dates().indexOf(d);
            int ib = b.dates().indexOf(d);
            double[] xa = pa.values().stream().mapToDouble(x -> x[ia]).toArray();
            double[] xb = pb.values().stream().mapToDouble(x -> x[ib]).toArray();
            ba.add(Interval.of(xa));
            bb.add(Interval.of(xb));
            bd.add(pairs.isEmpty() ? Interval.welch(xa, xb)
                    : Interval.of(pairs.stream().mapToDouble(r -> pb.get(r)[ib] - pa.get(r)[ia]).toArray()));
        }
        m.put("a", ba.json());
        m.put("b", bb.json());
        m.put("difference", bd.json());
        return m;
    }

    private static Column known(String key) {
        for (Column c : Column.values()) {
            if (c.label().equals(key)) {
                return c;
            }
        }
        return null;
    }

    /** A monthly mean with its interval, as three lists. */
    private static final class Band {
        final List<Double> mean = new ArrayList<>();
        final List<Double> low = new ArrayList<>();
        final List<Double> high = new ArrayList<>();

        void add(Interval i) {
            mean.add(Interval.json(i.mean()));
            low.add(Interval.json(i.low()));
            high.add(Interval.json(i.high()));
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mean", mean);
            m.put("low", low);
            m.put("high", high);
            return m;
        }
    }
}
