package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;

/** Where a parameter's value comes from: a source and the sentence it rests on, or an assumption and why. */
public record Provenance(
        @Doc("The source: report title, outlet and date") @Optional String source,
        @Doc("The sentence of the source the value rests on") @Optional String quote,
        @Doc("Why the value was assumed, when no source gives it") @Optional String assumption) {
}
