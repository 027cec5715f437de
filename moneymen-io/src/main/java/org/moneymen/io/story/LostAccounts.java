package org.moneymen.io.story;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.io.network.NetworkFile;
import org.moneymen.model.AccountLoss;
import org.moneymen.model.Entity.CompanyEntity;
import org.moneymen.model.EventType;

/**
 * Every account a run lost, from its event log ({@code account_lost}): when, with what balance, whose company it was,
 * who knew it last, and how it was lost (its last knower left without handing it over, or it was frozen).
 */
public final class LostAccounts {

    /**
     * One lost account.
     *
     * @param date the day it was lost
     * @param account its id
     * @param company its company's id
     * @param balanceUsd the balance lost with it
     * @param lastKnower the last official who knew it (-1 when none)
     * @param how how it was lost
     */
    public record Row(LocalDate date, int account, int company, double balanceUsd, int lastKnower, AccountLoss how) {
    }

    private LostAccounts() {
    }

    /** The run's lost accounts in the order they were lost. */
    public static List<Row> of(RunFolder run) throws StoryException {
        List<Row> rows = new ArrayList<>();
        EventLog.forEach(run.events(), e -> {
            if (e.type() == EventType.ACCOUNT_LOST) {
                rows.add(new Row(e.date(), e.account(), e.company(), e.usdOrZero(), e.official(),
                        e.accountLoss() == null ? AccountLoss.UNKNOWN : e.accountLoss()));
            }
        });
        return rows;
    }

    /** Prints the rows as a table, with a total. */
    public static void print(PrintWriter out, RunFolder run, List<Row> rows) throws StoryException {
        NetworkFile network = run.network();
        Names names = new Names(network);
        out.printf("Accounts lost in %s%n%n", run.dir());
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"date", "account", "company", "city", "balance USD", "last knower", "how"});
        double total = 0;
        for (Row r : rows) {
            CompanyEntity c = network.company(r.company());
            total += r.balanceUsd();
            cells.add(new String[] {r.date().toString(), Integer.toString(r.account()),
                r.company() + names.companySuffix(r.company()), c == null ? "?" : names.city(c.city()),
                Usd.amount(r.balanceUsd()), r.lastKnower() < 0 ? "none" : names.official(r.lastKnower()),
                r.how() == AccountLoss.FROZEN ? "frozen" : "no one left knew it"});
        }
        boolean[] right = {false, true, false, false, true, false, false};
        int[] width = new int[right.length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : cells) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(width[i] - row[i].length());
                b.append(i > 0 ? "  " : "").append(right[i] ? pad + row[i] : row[i] + (i == row.length - 1 ? "" : pad));
            }
            out.println(b.toString().stripTrailing());
        }
        out.printf("%n%d %s lost, %s in all.%n", rows.size(), rows.size() == 1 ? "account" : "accounts",
                Usd.format(total));
        out.flush();
    }
}
