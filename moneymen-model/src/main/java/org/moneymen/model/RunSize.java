package org.moneymen.model;

import org.moneymen.model.config.CitySpec;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.config.StationDeals;
import org.moneymen.model.config.StationKind;

/**
 * How big a run of a scenario will be, estimated before it starts from the network the scenario describes: posts,
 * counterparts and running deals, the memory they need and the time a run takes on one core. Used to refuse a run
 * that cannot fit in the heap it has, and to say how long a long one will take.
 *
 * @param posts posts for officials (after scaling by {@code target_officials})
 * @param counterparts local traders
 * @param deals deals running at once, about
 * @param months months simulated, warm-up included
 */
public record RunSize(long posts, long counterparts, long deals, long months) {
    /** Bytes held per post (its official, relationships, accounts), per counterpart and per running deal: about
     * 1,600 bytes a post in the world scenario, as bench_bytes_per_official measures (docs/PERFORMANCE.md). */
    static final long BYTES_PER_POST = 900;
    static final long BYTES_PER_COUNTERPART = 60;
    static final long BYTES_PER_DEAL = 150;
    /** Fixed cost of a run (the model's classes, calendars, tables). */
    static final long BYTES_BASE = 64L << 20;
    /** Official-months a core simulates per second, a conservative figure from docs/PERFORMANCE.md. */
    static final double OFFICIAL_MONTHS_PER_SECOND = 250_000;

    /** The estimate for a scenario. */
    public static RunSize of(Scenario s) {
        long posts = 0;
        double deals = 0;
        for (CompanySpec c : s.companies()) {
            StationKind kind = kindOf(s, c.city());
            long n = (long) (c.named() ? c.count() : s.scaled(c.count()));
            long companyPosts = n * (1L + c.staff());
            posts += companyPosts;
            if (kind != null) {
                StationDeals sd = s.deals().at(kind);
                double quotaPerPost = (c.headQuotaUsd() + c.staff() * c.staffQuotaUsd()) / (1.0 + c.staff());
                deals += companyPosts * dealsPerPost(s, sd, quotaPerPost);
            }
        }
        long counterparts = 0;
        for (CitySpec c : s.cities()) {
            counterparts += s.scaled(c.counterparts());
        }
        return new RunSize(posts, counterparts, Math.round(deals), (long) s.warmupMonths() + s.months());
    }

    /** Deals an official runs at once: what its quota asks, at most what its searches can keep signed. */
    private static double dealsPerPost(Scenario s, StationDeals sd, double quotaUsd) {
        double meanValue = sd.valueMedianUsd() * Math.exp(sd.valueSigma() * sd.valueSigma() / 2);
        double meanMonths = (sd.durationMinMonths() + sd.durationMaxMonths()) / 2.0;
        double perDeal = Math.max(1e-9, meanValue * sd.meanMarginShare() / meanMonths);
        double sign = (s.deals().signProbabilityStranger() + s.deals().signProbabilityKnown()) / 2;
        double most = sd.searchesPerMonth() * 2 * sign * meanMonths;
        return Math.min(most, 1.5 * quotaUsd / 12 / perDeal);
    }

    private static StationKind kindOf(Scenario s, String city) {
        for (CitySpec c : s.cities()) {
            if (c.name().equals(city)) {
                return c.kind();
            }
        }
        return null;
    }

    /** Memory the run needs while it runs, in bytes. */
    public long bytes() {
        return BYTES_BASE + posts * BYTES_PER_POST + counterparts * BYTES_PER_COUNTERPART + deals * BYTES_PER_DEAL;
    }

    /** Seconds a run takes on one core, about. */
    public double seconds() {
        return posts * (double) months / OFFICIAL_MONTHS_PER_SECOND;
    }

    /** Whether the run fits in a heap of this many bytes (with room for the collector to work). */
    public boolean fits(long heapBytes) {
        return bytes() <= heapBytes * 0.7;
    }

    /** The heap to ask for, in whole gigabytes: enough that {@link #fits} holds. */
    public long heapNeededGb() {
        return Math.max(1, (long) Math.ceil(bytes() / 0.7 / (1L << 30)));
    }

    /** Plain words: "2,000 posts, 15,000 counterparts, about 6,000 deals at once, 132 months". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%,d posts, %,d counterparts, about %,d deals running at once,"
                + " %,d months", posts, counterparts, deals, months);
    }
}
