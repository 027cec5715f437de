package org.moneymen.experiment.sweep;

import java.io.Serializable;
import java.util.List;
import org.moneymen.scenario.ScenarioValues;

/**
 * One point of a design: a value for every swept parameter.
 *
 * @param index 0-based point number
 * @param trajectory the Morris trajectory the point belongs to, or -1
 * @param unit each parameter's position in [0, 1] (NaN in a grid)
 * @param values each parameter's typed value (Double, Long, Boolean, String, ...), in parameter order
 */
public record Point(int index, int trajectory, double[] unit, List<Object> values) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The values as {@code --set} text, every digit kept: what the runs table and the analysis show. */
    public List<String> texts() {
        return values.stream().map(ScenarioValues::text).toList();
    }
}
