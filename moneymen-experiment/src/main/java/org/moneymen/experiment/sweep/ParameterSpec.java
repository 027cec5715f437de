package org.moneymen.experiment.sweep;

import java.util.List;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;

/** One swept parameter: a scenario path and its values as a list, a range or a distribution. */
public record ParameterSpec(
        @Doc("Scenario parameter path, as for --set: quota.recall_line, companies[2].count") String path,
        @Doc("Column name in the results (default: the path with _ for dots and brackets)") @Optional String name,
        @Doc("Values, as written in a scenario file") @Optional List<String> values,
        @Doc("A numeric range") @Optional RangeSpec range,
        @Doc("A distribution (Latin hypercube only)") @Optional DistributionSpec distribution) {

    /** A template for list entries: the path must be given. */
    public static ParameterSpec defaults() {
        return new ParameterSpec("", null, null, null, null);
    }
}
