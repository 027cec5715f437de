package org.moneymen.io.keyplayers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.moneymen.experiment.keyplayers.KeyPlayersResult;
import org.moneymen.experiment.keyplayers.Player;
import org.moneymen.experiment.keyplayers.SetStep;
import org.moneymen.io.AtomicDirectory;
import org.moneymen.io.Numbers;
import org.moneymen.io.Stamp;
import org.moneymen.io.sweep.Duck;

/**
 * A key-player analysis's folder, written whole or not at all: {@code keyplayers.csv} (and the same table as
 * {@code keyplayers.parquet}), {@code accounts.csv}, {@code sets.csv}, {@code keyplayers.yaml} (what was asked, the
 * baseline, Spearman's rho of each centrality, the stamp), {@code scenario.resolved.yaml} and {@code charts/}.
 */
public final class KeyPlayersFiles {
    public static final String OFFICIALS = "keyplayers.csv";
    public static final String PARQUET = "keyplayers.parquet";
    public static final String ACCOUNTS = "accounts.csv";
    public static final String SETS = "sets.csv";
    public static final String SUMMARY = "keyplayers.yaml";
    public static final String SCENARIO = "scenario.resolved.yaml";
    public static final String CHARTS = "charts";

    /** The officials' table's columns, in order. */
    public static final List<String> COLUMNS = List.of("rank", "post", "official", "name", "external_id", "company",
            "company_name", "city", "held", "loss_usd", "loss_low_usd", "loss_high_usd", "confirmed_loss_usd",
            "confirmed_low_usd", "confirmed_high_usd", "degree", "betweenness", "eigenvector");

    private KeyPlayersFiles() {
    }

    /** Writes the folder at {@code dir}, replacing one moneymen wrote only once the new one is whole. */
    public static void write(Path dir, KeyPlayersResult result, Stamp stamp) throws IOException {
        AtomicDirectory.write(dir, tmp -> {
            Files.writeString(tmp.resolve(OFFICIALS), table(result.officials(), "post"), StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve(ACCOUNTS), table(result.accounts(), "account"), StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve(SETS), sets(result), StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve(SUMMARY), summary(result, stamp), StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve(SCENARIO), result.plan().scenarioText(), StandardCharsets.UTF_8);
            parquet(tmp.resolve(OFFICIALS), tmp.resolve(PARQUET));
            Path charts = Files.createDirectory(tmp.resolve(CHARTS));
            KeyPlayersChart.write(charts, result);
        });
    }

    /** One row per removal, the largest loss first. */
    static String table(List<Player> players, String target) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS).replace("post", target)).append('\n');
        int rank = 0;
        for (Player p : players) {
            out.append(String.join(",", Integer.toString(++rank), Integer.toString(p.target()),
                    p.official() < 0 ? "" : Integer.toString(p.official()), csv(p.name()), csv(p.externalId()),
                    Integer.toString(p.company()), csv(p.companyName()), csv(p.city()), Integer.toString(p.held()),
                    money(p.loss().mean()), money(p.loss().low()), money(p.loss().high()), loss(p.confirmed()),
                    num(p.centrality().degree()), num(p.centrality().betweenness()), num(p.centrality().eigenvector())))
                    .append('\n');
        }
        return out.toString();
    }

    static String sets(KeyPlayersResult r) {
        StringBuilder out = new StringBuilder("size,added_post,posts,loss_usd,loss_low_usd,loss_high_usd,"
                + "confirmed_loss_usd,confirmed_low_usd,confirmed_high_usd\n");
        for (SetStep s : r.sets()) {
            out.append(String.join(",", Integer.toString(s.size()), Integer.toString(s.added()),
                    csv(String.join(" ", s.posts().stream().map(String::valueOf).toList())), money(s.loss().mean()),
                    money(s.loss().low()), money(s.loss().high()), loss(s.confirmed()))).append('\n');
        }
        return out.toString();
    }

    static String summary(KeyPlayersResult r, Stamp stamp) {
        var p = r.plan();
        StringBuilder out = new StringBuilder("# moneymen keyplayers: whose removal costs Office No. 39 most\n");
        out.append("scenario: ").append(p.name()).append('\n');
        out.append("removed_at: ").append(p.at()).append("  # at the end of this day, without handover\n");
        out.append("window: {from: ").append(p.windowStart()).append(", to: ")
                .append(p.windowEnd().minusDays(1)).append(", months: ").append(p.windowMonths()).append("}\n");
        out.append("seed: ").append(p.seed()).append('\n');
        out.append("replicas: ").append(p.replicas()).append("  # common random numbers: the same seeds for every"
                + " removal and the baseline\n");
        out.append("confirm_replicas: ").append(p.confirmReplicas()).append("  # fresh seeds for the first ")
                .append(p.confirm()).append(" officials and accounts, the last, and the greedy sets\n");
        out.append("baseline_inflow_usd: ").append(money(r.baselineInflowUsd()))
                .append("  # Office No. 39's mean inflow in the window without removals\n");
        out.append("officials: ").append(r.officials().size()).append('\n');
        out.append("accounts: ").append(r.accounts().size()).append('\n');
        out.append("runs: ").append(r.runs()).append('\n');
        out.append("spearman_rho:  # each centrality's rank correlation with the loss, over the officials\n");
        for (Map.Entry<String, Double> e : r.spearman().entrySet()) {
            out.append("  ").append(e.getKey()).append(": ").append(num(e.getValue())).append('\n');
        }
        out.append(stamp.toYaml());
        return out.toString();
    }

    private static void parquet(Path csv, Path parquet) throws IOException {
        try (DuckDBConnection db = Duck.memory(1); Statement s = db.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv(" + Duck.literal(csv) + ", header = true, auto_detect = false,"
                    + " columns = {'rank': 'INTEGER', 'post': 'INTEGER', 'official': 'INTEGER', 'name': 'VARCHAR',"
                    + " 'external_id': 'VARCHAR', 'company': 'INTEGER', 'company_name': 'VARCHAR', 'city': 'VARCHAR',"
                    + " 'held': 'INTEGER', 'loss_usd': 'DOUBLE', 'loss_low_usd': 'DOUBLE', 'loss_high_usd': 'DOUBLE',"
                    + " 'confirmed_loss_usd': 'DOUBLE', 'confirmed_low_usd': 'DOUBLE', 'confirmed_high_usd': 'DOUBLE',"
                    + " 'degree': 'DOUBLE', 'betweenness': 'DOUBLE', 'eigenvector': 'DOUBLE'})) TO "
                    + Duck.literal(parquet) + " (FORMAT PARQUET)");
        } catch (SQLException e) {
            throw new IOException("cannot write " + parquet.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A loss's mean, low and high, or three empty cells. */
    private static String loss(org.moneymen.experiment.keyplayers.PairedLoss l) {
        return l == null ? ",," : money(l.mean()) + "," + money(l.low()) + "," + money(l.high());
    }

    /** Money to the cent. */
    static String money(double usd) {
        return Numbers.fixed(usd, 2);
    }

    /** Centralities to six decimals, as ratios are written; empty for NaN. */
    static String num(double v) {
        return Numbers.fixed(v, 6);
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
