package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** A station city and the counterparts who trade there. */
public record CitySpec(
        @Doc("City name, used as its identifier") String name,
        @Doc("Kind of station: major_city, border or europe") StationKind kind,
        @Doc(value = "Number of local traders (counterparts) officials can deal with", unit = "traders")
        @Range(min = 1, max = 1_000_000) int counterparts) {

    /** A template for list entries. */
    public static CitySpec defaults() {
        return new CitySpec("", StationKind.MAJOR_CITY, 20);
    }
}
