package org.moneymen.model.config;

import java.util.List;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** A state body: a patron of trade companies, an approval organ, or Office No. 39. */
public record OrganSpec(
        @Doc("Short identifier other entries refer to") String id,
        @Doc("Full name") String name,
        @Doc("Role in the network: patron, approval or office_39") OrganKind kind,
        @Doc(value = "Political standing, 1 = secure", unit = "share") @Range(min = 0, max = 1) double standing,
        @Doc("Identifiers of the organs this one competes with and reports on") List<String> rivals) {

    /** A template for list entries: standing 1, no rivals. */
    public static OrganSpec defaults() {
        return new OrganSpec("", "", OrganKind.PATRON, 1.0, List.of());
    }
}
