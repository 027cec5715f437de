package org.moneymen.experiment.keyplayers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToDoubleFunction;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.BatchSink;
import org.moneymen.experiment.sweep.DesignKind;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.Point;
import org.moneymen.experiment.sweep.RunRecord;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.kernel.Seeds;
import org.moneymen.model.Column;
import org.moneymen.model.PostView;

/**
 * Whose removal costs Office No. 39 most: every post held on the day is emptied in turn (its holder removed without
 * handover), and every account known frozen if asked, each on the same seeds as the baseline without removal
 * (common random numbers), so each loss is a paired difference with a paired interval. Then a greedy search adds,
 * step by step, the official whose removal with those already chosen costs most. Runs go through a sweep engine,
 * one sweep plan per stage whose points are the removals, so the local engine and Spark give the same numbers.
 */
public final class KeyPlayers {
    /** The scenario path the removals are set at, as a sweep sets a parameter. */
    static final String PATH = "removals";

    /** Progress: a stage starting with its runs, then each run done. */
    public interface Listener {
        void stage(String name, long runs);

        void runDone();
    }

    private final KeyPlayersPlan plan;
    private final SweepEngine engine;
    private final EngineOptions options;
    private final Listener listener;
    private final AtomicLong runs = new AtomicLong();
    private final int inflow = Column.OFFICE39_INFLOW_USD.ordinal();

    private KeyPlayers(KeyPlayersPlan plan, SweepEngine engine, EngineOptions options, Listener listener) {
        this.plan = plan;
        this.engine = engine;
        this.options = options;
        this.listener = listener;
    }

    /** Runs the analysis; a plan too large is refused before anything runs. */
    public static KeyPlayersResult run(KeyPlayersPlan plan, SweepEngine engine, EngineOptions options,
                                       Listener listener) throws Exception {
        return new KeyPlayers(plan, engine, options, listener).run();
    }

    private KeyPlayersResult run() throws Exception {
        listener.stage("who holds which post on " + plan.at(), plan.replicas());
        Holders holders = new Holders(plan);
        for (int r = 0; r < plan.replicas(); r++) {
            listener.runDone();
        }
        runs.addAndGet(plan.replicas());
        List<Integer> posts = List.copyOf(holders.posts.keySet());
        List<Integer> accounts = plan.accounts() ? List.copyOf(holders.accounts.keySet()) : List.of();
        plan.checkSize(posts.size(), accounts.size());
        try (AutoCloseable handle = engine.open(options)) {
            List<List<Map<String, Object>>> singles = new ArrayList<>();
            singles.add(List.of());
            posts.forEach(p -> singles.add(List.of(removal("post", p))));
            accounts.forEach(a -> singles.add(List.of(removal("account", a))));
            double[][] window = simulate("removals one by one", singles, plan.seed(), plan.replicas());
            double[] base = window[0];
            List<Player> officials = new ArrayList<>();
            for (int i = 0; i < posts.size(); i++) {
                officials.add(player("official", posts.get(i), holders.posts.get(posts.get(i)),
                        PairedLoss.of(base, window[1 + i]), holders.centrality(NetworkGraph.official(posts.get(i))),
                        null));
            }
            List<Player> frozen = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                frozen.add(player("account", accounts.get(i), holders.accounts.get(accounts.get(i)),
                        PairedLoss.of(base, window[1 + posts.size() + i]),
                        holders.centrality(NetworkGraph.account(accounts.get(i))), null));
            }
            Comparator<Player> byLoss = Comparator.comparingDouble((Player p) -> -p.loss().mean())
                    .thenComparingInt(Player::target);
            officials.sort(byLoss);
            frozen.sort(byLoss);
            List<SetStep> sets = greedy(base, officials);
            return confirm(mean(base), officials, frozen, sets);
        }
    }

    /**
     * Runs the ranking's ends and the greedy sets again on fresh seeds. The first officials are first partly because
     * their seeds' noise went their way (and the last the other way); on seeds that chose nothing their losses are
     * unbiased, so the comparison of the first with the last is made there.
     */
    private KeyPlayersResult confirm(double baseMean, List<Player> officials, List<Player> frozen, List<SetStep> sets)
            throws Exception {
        List<Integer> officialRows = ends(officials.size());
        List<Integer> accountRows = ends(frozen.size());
        List<List<Map<String, Object>>> points = new ArrayList<>();
        points.add(List.of());
        officialRows.forEach(i -> points.add(List.of(removal("post", officials.get(i).target()))));
        accountRows.forEach(i -> points.add(List.of(removal("account", frozen.get(i).target()))));
        for (SetStep s : sets) {
            List<Map<String, Object>> set = new ArrayList<>();
            s.posts().forEach(p -> set.add(removal("post", p)));
            points.add(set);
        }
        double[][] fresh = simulate("confirmation on fresh seeds", points, confirmationSeed(plan.seed()),
                plan.confirmReplicas());
        int k = 1;
        for (int i : officialRows) {
            officials.set(i, officials.get(i).confirm(PairedLoss.of(fresh[0], fresh[k++])));
        }
        for (int i : accountRows) {
            frozen.set(i, frozen.get(i).confirm(PairedLoss.of(fresh[0], fresh[k++])));
        }
        List<SetStep> confirmed = new ArrayList<>();
        for (SetStep s : sets) {
            confirmed.add(s.confirm(PairedLoss.of(fresh[0], fresh[k++])));
        }
        return new KeyPlayersResult(plan, baseMean, List.copyOf(officials), List.copyOf(frozen),
                List.copyOf(confirmed), spearman(officials), runs.get());
    }

    /** The seed of the confirmation's replicas: derived from the plan's, so they share none with the ranking's. */
    public static long confirmationSeed(long seed) {
        return Seeds.derive(seed, "keyplayers confirmation");
    }

    /** Row numbers of the first {@code confirm} and the last, in order, each once. */
    private List<Integer> ends(int rows) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.min(plan.confirm(), rows); i++) {
            out.add(i);
        }
        if (rows > 0 && !out.contains(rows - 1)) {
            out.add(rows - 1);
        }
        return out;
    }

    /** Adds, one at a time, the official of the pool whose removal with the chosen ones costs most. */
    private List<SetStep> greedy(double[] base, List<Player> ranked) throws Exception {
        List<SetStep> steps = new ArrayList<>();
        if (plan.sets() == 0 || ranked.isEmpty()) {
            return steps;
        }
        List<Integer> chosen = new ArrayList<>(List.of(ranked.get(0).target()));
        steps.add(new SetStep(1, List.copyOf(chosen), chosen.get(0), ranked.get(0).loss(), null));
        List<Integer> pool = ranked.stream().limit(plan.pool()).map(Player::target).toList();
        for (int size = 2; size <= plan.sets() && size <= pool.size(); size++) {
            List<Integer> candidates = pool.stream().filter(p -> !chosen.contains(p)).toList();
            List<List<Map<String, Object>>> sets = new ArrayList<>();
            for (int c : candidates) {
                List<Map<String, Object>> set = new ArrayList<>();
                chosen.forEach(p -> set.add(removal("post", p)));
                set.add(removal("post", c));
                sets.add(set);
            }
            double[][] window = simulate("greedy set of " + size, sets, plan.seed(), plan.replicas());
            int best = 0;
            PairedLoss bestLoss = null;
            for (int i = 0; i < candidates.size(); i++) {
                PairedLoss loss = PairedLoss.of(base, window[i]);
                if (bestLoss == null || loss.mean() > bestLoss.mean()) {
                    best = i;
                    bestLoss = loss;
                }
            }
            chosen.add(candidates.get(best));
            steps.add(new SetStep(size, List.copyOf(chosen), candidates.get(best), bestLoss, null));
        }
        return steps;
    }

    private Map<String, Object> removal(String kind, int id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("date", plan.at());
        r.put(kind, id);
        return r;
    }

    /** Office No. 39's inflow in the window, per point and replica, each point's removals set on the scenario. */
    private double[][] simulate(String stage, List<List<Map<String, Object>>> removals, long seed, int replicas)
            throws Exception {
        List<Point> points = new ArrayList<>(removals.size());
        for (int i = 0; i < removals.size(); i++) {
            points.add(new Point(i, -1, new double[] {i}, List.of(new ArrayList<>(removals.get(i)))));
        }
        Param param = new Param(PATH, PATH, List.of(), 0, 0, 0, false, null, 0, 0);
        SweepPlan sweep = new SweepPlan(plan.name() + " key players, " + stage, plan.scenarioText(), "", seed,
                true, replicas, DesignKind.GRID, 0, List.of(param), List.copyOf(points));
        listener.stage(stage, sweep.runs());
        long from = plan.windowStart().toEpochDay();
        long to = plan.windowEnd().toEpochDay();
        AtomicReferenceArray<Double> sums = new AtomicReferenceArray<>(sweep.runs());
        engine.run(sweep, Batch.of(sweep.runs()), options, new BatchSink() {
            @Override
            public void batchDone(Batch batch, List<RunRecord> records) {
                for (RunRecord r : records) {
                    double sum = 0;
                    for (int m = 0; m < r.months().length; m++) {
                        if (r.epochDays()[m] >= from && r.epochDays()[m] < to) {
                            sum += r.series()[m][inflow];
                        }
                    }
                    sums.set(r.run(), sum);
                }
            }

            @Override
            public void runDone() {
                listener.runDone();
            }
        });
        runs.addAndGet(sweep.runs());
        double[][] out = new double[points.size()][replicas];
        for (int run = 0; run < sweep.runs(); run++) {
            Double s = sums.get(run);
            if (s == null) {
                throw new IllegalStateException("the engine returned no result for run " + run + " of " + stage);
            }
            out[run / replicas][run % replicas] = s;
        }
        return out;
    }

    /** A removal's row; every target was seen in some replica, so {@code views} holds one view at least. */
    private static Player player(String kind, int target, PostView[] views, PairedLoss loss, Centrality c,
                                 PairedLoss confirmed) {
        PostView v = Holders.first(views);
        boolean official = kind.equals("official");
        return new Player(kind, target, v.official(), official ? v.name() : null, official ? v.externalId() : null,
                v.company(), v.companyName(), v.city(), Holders.held(views), loss, c, confirmed);
    }

    /** How well each centrality ranks the officials' losses. */
    private static Map<String, Double> spearman(List<Player> officials) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("degree", rho(officials, p -> p.centrality().degree()));
        out.put("betweenness", rho(officials, p -> p.centrality().betweenness()));
        out.put("eigenvector", rho(officials, p -> p.centrality().eigenvector()));
        return out;
    }

    private static double rho(List<Player> officials, ToDoubleFunction<Player> measure) {
        List<Player> known = officials.stream().filter(p -> Double.isFinite(measure.applyAsDouble(p))).toList();
        if (known.size() < 3) {
            return Double.NaN;
        }
        double[] x = known.stream().mapToDouble(measure).toArray();
        double[] y = known.stream().mapToDouble(p -> p.loss().mean()).toArray();
        double r = new SpearmansCorrelation().correlation(x, y);
        return Double.isFinite(r) ? r : Double.NaN;
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }
}
