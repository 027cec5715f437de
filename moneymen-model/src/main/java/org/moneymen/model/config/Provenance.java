package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;

/** Where a parameter's value comes from: a source and the sentence it rests on, or an assumption and why, or the calibration that set it. */
public record Provenance(
        @Doc("The source: report title, outlet and date") @Optional String source,
        @Doc("The sentence of the source the value rests on") @Optional String quote,
        @Doc("Why the value was assumed, when no source gives it") @Optional String assumption,
        @Doc("Which calibration set the value: its file, date, targets and the value's 90% credible interval")
        @Optional String calibrated) {

    /** A note resting on a source or an assumption, not a calibration. */
    public Provenance(String source, String quote, String assumption) {
        this(source, quote, assumption, null);
    }
}
