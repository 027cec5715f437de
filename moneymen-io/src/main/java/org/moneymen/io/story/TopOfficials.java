package org.moneymen.io.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.io.network.NetworkFile;
import org.moneymen.model.AccountLoss;
import org.moneymen.model.DealStop;
import org.moneymen.model.RecallCause;
import org.moneymen.model.Status;

/**
 * The officials whose leaving cost the most, ranked by what was lost when they left: the revenue still to come of
 * their deals that collapsed because they left ({@code deal_collapsed}, cause {@code maker_left}), the balances of
 * the accounts lost with them ({@code account_lost} names the last official who knew the account; a frozen account
 * is not his loss), and the funds they took when they fled ({@code fled}); the face value of the deals they signed is
 * a column of its own, not part of the rank. Each is placed where he last held a post under the organ his company had
 * when he left it (or at the end, still there). Ties are ranked by deal value, then id.
 */
public final class TopOfficials {

    /**
     * One official's figures over the whole run.
     *
     * @param rank place in the list, from 1
     * @param official the official's id
     * @param company his last company, by id (-1 when the log never posts him)
     * @param city his last company's city, by id, as his posting gives it (-1 when unknown)
     * @param organ his last company's patron organ when he left it or at the end, by id (null when unknown)
     * @param dealsSigned deals he signed
     * @param dealValueUsd their face value
     * @param dealsCollapsed his deals that collapsed when he left
     * @param collapsedRevenueUsd the revenue they would still have earned
     * @param accountsLost accounts lost when he left
     * @param accountsLostUsd their balances
     * @param fundsTakenUsd what he took when he fled
     * @param status his status at the end (null when no event set it)
     * @param recallCause why he was recalled, when that is how it ended
     */
    public record Row(int rank, int official, int company, int city, String organ, int dealsSigned,
                      double dealValueUsd, int dealsCollapsed, double collapsedRevenueUsd, int accountsLost,
                      double accountsLostUsd, double fundsTakenUsd, Status status, RecallCause recallCause) {
        /** The figure officials are ranked by: what was lost when he left. */
        public double lostUsd() {
            return collapsedRevenueUsd + accountsLostUsd + fundsTakenUsd;
        }

        /** His status at the end in words ("posted", "recalled (term end)"; "?" when unknown). */
        public String statusText() {
            if (status == null) {
                return "?";
            }
            return status.label() + (status == Status.RECALLED && recallCause != null
                    ? " (" + recallCause.label().replace('_', ' ') + ")" : "");
        }
    }

    private static final class Tally {
        final int official;
        int company = -1;
        int city = -1;
        String organ;
        boolean onPost;
        int deals;
        double dealValue;
        int collapsed;
        double collapsedRevenue;
        int accounts;
        double accountsUsd;
        double funds;
        Status status;
        RecallCause cause;

        Tally(int official) {
            this.official = official;
        }
    }

    private TopOfficials() {
    }

    /** The top {@code n} officials of a run (fewer if the run has fewer), highest figure first, ties by id. */
    public static List<Row> top(RunFolder run, int n) throws StoryException {
        Patronage patronage = new Patronage(run.network());
        Map<Integer, Tally> all = new HashMap<>();
        EventLog.forEach(run.events(), e -> {
            patronage.follow(e);
            if (e.official() < 0) {
                return;
            }
            Tally t = all.computeIfAbsent(e.official(), Tally::new);
            Status s = e.statusAfter();
            if (t.onPost && e.endsPost()) {
                // The organ he served under is his company's when he leaves it.
                t.organ = patronage.organOf(t.company);
                t.onPost = false;
            }
            if (s != null) {
                t.status = s;
                t.cause = e.recallCause();
            }
            switch (e.type()) {
                case POSTED -> {
                    t.onPost = true;
                    t.company = e.company();
                    t.city = e.city();
                }
                case DEAL_SIGNED -> {
                    t.deals++;
                    t.dealValue += e.usdOrZero();
                }
                case DEAL_COLLAPSED -> {
                    if (e.dealStop() == DealStop.MAKER_LEFT) {
                        t.collapsed++;
                        t.collapsedRevenue += e.usdOrZero();
                    }
                }
                case ACCOUNT_LOST -> {
                    if (e.accountLoss() != AccountLoss.FROZEN) {
                        t.accounts++;
                        t.accountsUsd += e.usdOrZero();
                    }
                }
                case FLED -> t.funds += e.usdOrZero();
                default -> {
                }
            }
        });
        for (Tally t : all.values()) {
            if (t.onPost) {
                t.organ = patronage.organOf(t.company);
            }
        }
        List<Tally> ranked = new ArrayList<>(all.values());
        ranked.sort(Comparator.comparingDouble((Tally t) -> -(t.collapsedRevenue + t.accountsUsd + t.funds))
                .thenComparingDouble(t -> -t.dealValue).thenComparingInt(t -> t.official));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(n, ranked.size()); i++) {
            Tally t = ranked.get(i);
            rows.add(new Row(i + 1, t.official, t.company, t.city, t.organ, t.deals, t.dealValue, t.collapsed,
                    t.collapsedRevenue, t.accounts, t.accountsUsd, t.funds, t.status, t.cause));
        }
        return rows;
    }

    /** The rows as table cells, header first: officials and companies named as the network names them. */
    public static List<String[]> cells(NetworkFile network, List<Row> rows) {
        Names names = new Names(network);
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"rank", "official", "city / company", "patron organ", "deals", "deal value USD",
            "collapsed deals' revenue USD", "accounts lost USD", "funds taken USD", "lost USD", "status at the end"});
        for (Row r : rows) {
            cells.add(new String[] {
                Integer.toString(r.rank()),
                r.official() + names.officialSuffix(r.official()),
                (r.city() < 0 ? "?" : names.city(r.city())) + " / "
                        + (r.company() < 0 ? "?" : r.company() + names.companySuffix(r.company())),
                r.organ() == null ? "?" : names.organ(r.organ()),
                Integer.toString(r.dealsSigned()),
                Usd.amount(r.dealValueUsd()),
                Usd.amount(r.collapsedRevenueUsd()) + (r.dealsCollapsed() > 0 ? " (" + r.dealsCollapsed() + ")" : ""),
                Usd.amount(r.accountsLostUsd()) + (r.accountsLost() > 0 ? " (" + r.accountsLost() + ")" : ""),
                Usd.amount(r.fundsTakenUsd()),
                Usd.amount(r.lostUsd()),
                r.statusText()});
        }
        return cells;
    }

    /** Prints the rows as a table. */
    public static void print(java.io.PrintWriter out, RunFolder run, List<Row> rows) throws StoryException {
        out.printf("Officials whose leaving cost the most in %s%n", run.dir());
        out.println("(lost when he left: the revenue still to come of his deals that collapsed, the balances of the"
                + " accounts lost with him, the funds he took; the face value of the deals he signed apart; the organ"
                + " his company had when he left it)");
        out.println();
        List<String[]> cells = cells(run.network(), rows);
        boolean[] right = {true, true, false, false, true, true, true, true, true, true, false};
        int[] width = new int[right.length];
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
