package org.moneymen.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moneymen.model.Column;
import org.moneymen.model.RunSummary;

/** A run's totals as JSON, then the stamp of what wrote them; money keys end in their currency, counts are whole. */
public final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary as an ordered map, as written. */
    public static Map<String, Object> toMap(RunSummary s, Stamp stamp) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.scenario());
        m.put("seed", s.seed());
        m.put("start", s.start().toString());
        m.put("end", s.end().toString());
        m.put("months", s.months());
        m.put("office39_inflow_usd", Numbers.decimal(s.office39InflowUsd(), 2));
        m.put("office39_inflow_rmb", Numbers.decimal(s.office39InflowRmb(), 2));
        m.put("office39_inflow_krw", Numbers.decimal(s.office39InflowKrw(), 2));
        m.put("recalls", s.recalls());
        m.put("mean_performance_ratio", Numbers.decimal(s.meanPerformanceRatio(), 6));
        m.put("officials_ever_posted", s.officialsEverPosted());
        m.put("companies", s.companies());
        m.put("posts", s.posts());
        m.put("office39_inflow_usd_per_year", Numbers.decimal(s.office39InflowUsdPerYear(), 2));
        m.put("mean_posting_years", Double.isNaN(s.meanPostingYears()) ? null : Numbers.decimal(s.meanPostingYears(), 2));
        m.put("defections", count(s, Column.OFFICIALS_DEFECTED));
        m.put("arrests", count(s, Column.OFFICIALS_ARRESTED));
        m.put("returned", count(s, Column.OFFICIALS_RETURNED));
        m.put("fled_with_funds", count(s, Column.OFFICIALS_FLED));
        m.put("funds_taken_usd", Numbers.decimal(total(s, Column.FUNDS_TAKEN_USD), 2));
        m.put("accounts_lost", count(s, Column.ACCOUNTS_LOST));
        m.put("accounts_lost_usd", Numbers.decimal(total(s, Column.ACCOUNTS_LOST_USD), 2));
        m.put("deals_collapsed", count(s, Column.DEALS_COLLAPSED));
        m.put("approval_lead_time_days_median", Double.isNaN(s.approvalLeadTimeDaysMedian()) ? null
                : Numbers.decimal(s.approvalLeadTimeDaysMedian(), 1));
        m.put("approval_rejections", s.approvalRejections());
        Map<String, Object> days = new LinkedHashMap<>();
        s.approvalDaysByStep().forEach((k, v) -> days.put(k, Numbers.decimal(v, 1)));
        m.put("approval_days_by_step", days);
        m.put("approval_bottleneck", s.approvalBottleneck());
        Map<String, Object> totals = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            Double v = s.totals().get(c.label());
            if (v != null) {
                totals.put(c.label(), c.unit() == Column.Unit.COUNT ? (Object) Math.round(v) : Numbers.decimal(v, 2));
            }
        }
        m.put("totals", totals);
        // Last, so every figure keeps the place and line it had before outputs were stamped.
        m.put(Stamp.KEY, stamp.toMap());
        return m;
    }

    private static long count(RunSummary s, Column c) {
        return Math.round(total(s, c));
    }

    private static double total(RunSummary s, Column c) {
        Double v = s.totals().get(c.label());
        return v == null ? 0 : v;
    }

    /** The summary as pretty-printed JSON text with a final line end. */
    public static String toJson(RunSummary s, Stamp stamp) {
        try {
            return MAPPER.writeValueAsString(toMap(s, stamp)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
