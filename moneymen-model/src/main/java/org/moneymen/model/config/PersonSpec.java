package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;

/** A named official of a company, in the post its place in the list gives (the first is the head). */
public record PersonSpec(
        @Doc("Name of the official") String name,
        @Doc("Identifier of the official in an outside data set (a sanctions list's entity id)") @Optional
        String externalId) {

    /** A template for list entries. */
    public static PersonSpec defaults() {
        return new PersonSpec("", null);
    }
}
