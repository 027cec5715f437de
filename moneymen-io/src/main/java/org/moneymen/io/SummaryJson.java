package org.moneymen.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moneymen.model.Column;
import org.moneymen.model.RunSummary;

/** A run's totals as JSON; money keys end in their currency, counts are whole numbers. */
public final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary as an ordered map, as written. */
    public static Map<String, Object> toMap(RunSummary s) {
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
        Map<String, Object> totals = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            Double v = s.totals().get(c.label());
            if (v != null) {
                totals.put(c.label(), c.unit() == Column.Unit.COUNT ? (Object) Math.round(v) : Numbers.decimal(v, 2));
            }
        }
        m.put("totals", totals);
        return m;
    }

    /** The summary as pretty-printed JSON text with a final line end. */
    public static String toJson(RunSummary s) {
        try {
            return MAPPER.writeValueAsString(toMap(s)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
