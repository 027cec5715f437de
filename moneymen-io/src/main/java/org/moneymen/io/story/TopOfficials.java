package org.moneymen.io.story;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The officials the most money depended on: ranked by the total value of the deals they signed plus the balances
 * of the accounts lost when they left (an {@code account_lost} event names the last official who knew the
 * account).
 */
public final class TopOfficials {

    /** One official's figures over the whole run. */
    public record Row(int rank, int official, String city, int company, int dealsSigned, double dealValueUsd,
                      int accountsLost, double accountsLostUsd, String status) {
        /** The figure officials are ranked by: deal value plus balances lost. */
        public double moneyUsd() {
            return dealValueUsd + accountsLostUsd;
        }
    }

    private static final class Tally {
        final int official;
        String city = "";
        int company = -1;
        int deals;
        double dealValue;
        int accounts;
        double accountsUsd;
        String status = "";

        Tally(int official) {
            this.official = official;
        }
    }

    private TopOfficials() {
    }

    /** The top {@code n} officials of a run (fewer if the run has fewer), highest figure first, ties by id. */
    public static List<Row> top(RunFolder run, int n) throws StoryException {
        Map<Integer, Tally> all = new HashMap<>();
        EventLog.forEach(run.events(), e -> {
            if (e.official() < 0) {
                return;
            }
            Tally t = all.computeIfAbsent(e.official(), Tally::new);
            switch (e.type()) {
                case "posted" -> {
                    t.status = "posted";
                    t.company = e.company();
                    if (e.detail() != null) {
                        t.city = e.detail();
                    }
                }
                case "deal_signed" -> {
                    t.deals++;
                    t.dealValue += e.hasUsd() ? e.usd() : 0;
                }
                case "account_lost" -> {
                    t.accounts++;
                    t.accountsUsd += e.hasUsd() ? e.usd() : 0;
                }
                default -> {
                    String s = status(e);
                    if (s != null) {
                        t.status = s;
                    }
                }
            }
        });
        List<Tally> ranked = new ArrayList<>(all.values());
        ranked.sort(Comparator.comparingDouble((Tally t) -> -(t.dealValue + t.accountsUsd))
                .thenComparingInt(t -> t.official));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(n, ranked.size()); i++) {
            Tally t = ranked.get(i);
            rows.add(new Row(i + 1, t.official, t.city, t.company, t.deals, t.dealValue, t.accounts, t.accountsUsd,
                    t.status));
        }
        return rows;
    }

    /** The status an event leaves its official in, or null if it changes none. */
    public static String status(LoggedEvent e) {
        return switch (e.type()) {
            case "posted" -> "posted";
            case "recalled" -> "recalled (" + (e.detail() == null ? "?" : e.detail().replace('_', ' ')) + ")";
            case "summoned" -> "summoned";
            case "hid" -> "hiding";
            case "defected" -> "defected";
            case "fled" -> "fled";
            case "arrested" -> "arrested";
            case "returned" -> "returned";
            default -> null;
        };
    }

    /** Prints the rows as a table. */
    public static void print(PrintWriter out, RunFolder run, List<Row> rows) {
        out.printf("Officials the most money depended on in %s%n", run.dir());
        out.println("(value of the deals each signed, plus balances of the accounts lost when he left)");
        out.println();
        String[] head = {"rank", "official", "city / company", "deals", "deal value USD", "accounts lost USD",
                "total USD", "status at the end"};
        List<String[]> cells = new ArrayList<>();
        cells.add(head);
        for (Row r : rows) {
            cells.add(new String[] {
                Integer.toString(r.rank()),
                Integer.toString(r.official()),
                (r.city().isEmpty() ? "?" : r.city()) + " / " + (r.company() < 0 ? "?" : Integer.toString(r.company())),
                Integer.toString(r.dealsSigned()),
                Usd.amount(r.dealValueUsd()),
                Usd.amount(r.accountsLostUsd()) + (r.accountsLost() > 0 ? " (" + r.accountsLost() + ")" : ""),
                Usd.amount(r.moneyUsd()),
                r.status().isEmpty() ? "?" : r.status()});
        }
        boolean[] right = {true, true, false, true, true, true, true, false};
        int[] width = new int[head.length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : cells) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    b.append("  ");
                }
                String pad = " ".repeat(width[i] - row[i].length());
                b.append(right[i] ? pad + row[i] : row[i] + (i == row.length - 1 ? "" : pad));
            }
            out.println(b);
        }
        if (rows.isEmpty()) {
            out.println("(no officials in the log)");
        }
        out.flush();
    }
}
