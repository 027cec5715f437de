package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;

/** A named official of a company, in the post its place in the list gives (the first is the head). */
public record PersonSpec(
        @Doc("Name of the official") String name,
        @Doc("Identifier of the official in an outside data set (a sanctions list's entity id)") @Optional
        String externalId,
        @Doc("Whether his family is held at home (a hostage to his return when summoned, and a brake on defecting);"
                + " empty: drawn as for any official, with officials.family_at_home_share") @Optional
        Boolean familyAtHome) {

    /** A template for list entries. */
    public static PersonSpec defaults() {
        return new PersonSpec("", null, null);
    }
}
