package org.moneymen.experiment.calibrate;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;

/** One free parameter of a calibration file: a scenario path, its prior, and why the prior is what it is. */
public record CalibratedParameterSpec(
        @Doc("Scenario parameter path, as for --set: quota.recall_line") String path,
        @Doc("Column name in the posterior table (default: the path with _ for dots and brackets)") @Optional String name,
        @Doc("The prior distribution") PriorSpec prior,
        @Doc("Why this prior: what is known of the value before the targets are seen") @Optional String why) {

    /** A template for list entries. */
    public static CalibratedParameterSpec defaults() {
        return new CalibratedParameterSpec("", null, null, null);
    }
}
