package org.moneymen.experiment.sweep;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moneymen.model.RunSummary;
import org.moneymen.scenario.Names;

/**
 * A run summary as flat named figures, derived from the summary record's components so new figures appear
 * without code changes: numbers and texts by their snake_case name, maps as name_key (recalls_quota,
 * totals_deals_signed). The seed is left out: the run's seed is its own column.
 */
public final class SummaryFields {
    private SummaryFields() {
    }

    /** The flat figures in summary order. */
    public static LinkedHashMap<String, Object> flatten(RunSummary summary) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : RunSummary.class.getRecordComponents()) {
            String key = Names.snake(c.getName());
            if (key.equals("seed")) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(summary);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.put(key + "_" + e.getKey(), scalar(e.getValue()));
                }
            } else if (v != null) {
                out.put(key, scalar(v));
            }
        }
        return out;
    }

    private static Object scalar(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof LocalDate || v instanceof Enum<?> || v instanceof String || v instanceof Boolean) {
            return v.toString();
        }
        return String.valueOf(v);
    }
}
