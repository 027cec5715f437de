package org.moneymen.scenario;

import java.lang.reflect.RecordComponent;

/**
 * One leaf parameter of a scenario: its path, its value, and the component that declares its meaning,
 * unit and allowed range.
 *
 * @param path such as {@code quota.recall_line} or {@code companies[2].count}
 * @param value the value in the scenario
 * @param component the record component declaring it (for {@code @Doc} and {@code @Range})
 */
public record Parameter(String path, Object value, RecordComponent component) {
}
