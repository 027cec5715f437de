package org.moneymen.model.config;

import java.time.LocalDate;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;

/** A defection outside the modelled network (a diplomat's, say) that raises the centre's suspicion of all abroad. */
public record ShockSpec(
        @Doc("When it became known") LocalDate date,
        @Doc("Who defected, in plain words") @Optional String description) {
}
