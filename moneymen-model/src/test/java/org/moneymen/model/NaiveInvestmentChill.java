package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reference for {@link InvestmentChill}'s willingness: the product of every chill's factor on the day asked,
 * computed afresh each time, from the documented rule (a chill starts on its day, is full in its cities and a share
 * of that elsewhere, and halves every half-life).
 */
final class NaiveInvestmentChill {
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private record Chill(int day, Set<City> cities, double depth, double halfLifeMonths, double elsewhere) {
    }

    private final List<Chill> chills = new ArrayList<>();

    void add(int day, Set<City> cities, double depth, double halfLifeMonths, double elsewhere) {
        chills.add(new Chill(day, Set.copyOf(cities), depth, halfLifeMonths, elsewhere));
    }

    double willingness(City city, int day) {
        double w = 1;
        for (Chill c : chills) {
            if (day >= c.day()) {
                double share = c.cities().contains(city) ? 1 : c.elsewhere();
                double fade = StrictMath.pow(0.5, (day - c.day()) / (c.halfLifeMonths() * DAYS_PER_MONTH));
                w *= 1 - c.depth() * share * fade;
            }
        }
        return w;
    }
}
