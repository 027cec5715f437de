package org.moneymen.model.config;

import java.time.LocalDate;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** A defection outside the modelled network (a diplomat's, say) that raises the centre's suspicion of all abroad. */
public record ShockSpec(
        @Doc("When it became known") LocalDate date,
        @Doc("Who defected, in plain words") @Optional String description,
        @Doc(value = "Suspicion of every official abroad it adds at the centre; empty: rivalry.defection_shock",
                unit = "suspicion units") @Range(min = 0, max = 100) @Optional Double suspicion) {
}
