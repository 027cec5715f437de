package org.moneymen.experiment.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One point of a design: a value for every swept parameter.
 *
 * @param index 0-based point number
 * @param trajectory the Morris trajectory the point belongs to, or -1
 * @param unit each parameter's position in [0, 1] (NaN in a grid)
 * @param values each parameter's value as scenario text, in parameter order
 */
public record Point(int index, int trajectory, double[] unit, List<String> values) implements Serializable {
    private static final long serialVersionUID = 1L;
}
