package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.config.CitySpec;
import org.moneymen.model.config.StationKind;

/** A station city with its counterparts. */
public final class City {
    private final int index;
    private final CitySpec spec;
    final List<Counterpart> counterparts = new ArrayList<>();
    final List<TradeCompany> companies = new ArrayList<>();

    City(int index, CitySpec spec) {
        this.index = index;
        this.spec = spec;
    }

    /** Position in the scenario's list of cities. */
    public int index() {
        return index;
    }

    /** Identifier in outputs (its position in the scenario's list, from 1). */
    public int id() {
        return index + 1;
    }

    /** City name. */
    public String name() {
        return spec.name();
    }

    /** Kind of station. */
    public StationKind kind() {
        return spec.kind();
    }

    /** The traders of this city. */
    public List<Counterpart> counterparts() {
        return List.copyOf(counterparts);
    }
}
