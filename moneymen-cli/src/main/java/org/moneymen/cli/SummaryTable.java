package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.moneymen.model.RunSummary;
import org.moneymen.model.config.Scenario;

/** The short table a run prints: money in three currencies, recalls by cause, deals, accounts. */
final class SummaryTable {

    private SummaryTable() {
    }

    static void print(PrintWriter out, RunSummary s, Scenario scenario) {
        String rule = "-".repeat(62);
        out.println(rule);
        out.printf(Locale.ROOT, "%-34s %s to %s%n", "Period", s.start(), s.end());
        row(out, "Sent to Office No. 39 (USD)", money(s.office39InflowUsd()));
        row(out, "  the same in RMB (" + scenario.rates().rmbPerUsd() + " per USD)", money(s.office39InflowRmb()));
        row(out, "  the same in KRW (" + scenario.rates().krwPerUsd() + " per USD)", money(s.office39InflowKrw()));
        row(out, "  a year, on average (USD)", money(s.office39InflowUsdPerYear()));
        row(out, "Companies / posts", String.format(Locale.ROOT, "%,d / %,d", s.companies(), s.posts()));
        row(out, "Officials who held a post", String.format(Locale.ROOT, "%,d", s.officialsEverPosted()));
        if (!Double.isNaN(s.meanPostingYears())) {
            row(out, "Mean posting (years)", String.format(Locale.ROOT, "%.1f", s.meanPostingYears()));
        }
        for (Map.Entry<String, Long> e : s.recalls().entrySet()) {
            row(out, "Recalls: " + e.getKey().replace('_', ' '), String.format(Locale.ROOT, "%,d", e.getValue()));
        }
        if (s.totals().getOrDefault("officials_summoned", 0.0) > 0) {
            total(out, s, "officials_summoned", "Officials summoned in purges");
            total(out, s, "officials_returned", "  went home");
            total(out, s, "officials_defected", "  defected");
            total(out, s, "officials_fled", "  fled with funds");
            total(out, s, "funds_taken_usd", "  money they took (USD)");
            total(out, s, "officials_arrested", "  arrested by squads");
        }
        total(out, s, "deals_signed", "Deals signed");
        total(out, s, "deals_rejected", "Deals refused on the approval chain");
        if (!Double.isNaN(s.approvalLeadTimeDaysMedian())) {
            row(out, "Approval lead time, median (days)", String.format(Locale.ROOT, "%.0f", s.approvalLeadTimeDaysMedian()));
            row(out, "Approval bottleneck", s.approvalBottleneck().replace('_', ' '));
        }
        total(out, s, "deals_collapsed", "Deals collapsed");
        total(out, s, "accounts_lost", "Accounts lost");
        total(out, s, "accounts_lost_usd", "Money lost in those accounts (USD)");
        row(out, "Mean performance ratio (earned/quota)", String.format(Locale.ROOT, "%.3f", s.meanPerformanceRatio()));
        out.println(rule);
    }

    private static void total(PrintWriter out, RunSummary s, String key, String label) {
        Double v = s.totals().get(key);
        if (v != null) {
            row(out, label, key.endsWith("_usd") ? money(v) : String.format(Locale.ROOT, "%,d", Math.round(v)));
        }
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "%-44s %17s%n", label, value);
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
