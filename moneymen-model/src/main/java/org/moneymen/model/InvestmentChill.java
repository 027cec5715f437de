package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The investment chill after a purge (process 6): counterparts sign fewer new MOUs for a while, most in the cities
 * where the fallen patron's people worked. Each chill falls away with a half-life; chills multiply.
 */
final class InvestmentChill {
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private record Chill(int day, Set<City> cities, double depth, double halfLifeMonths, double elsewhere) {
        double factor(City city, int now) {
            if (now < day) {
                return 1;
            }
            double share = cities.contains(city) ? 1 : elsewhere;
            double fade = StrictMath.pow(0.5, (now - day) / (halfLifeMonths * DAYS_PER_MONTH));
            return 1 - depth * share * fade;
        }
    }

    private final List<Chill> chills = new ArrayList<>();

    /** Starts a chill on a day. */
    void add(int day, Set<City> cities, double depth, double halfLifeMonths, double elsewhere) {
        chills.add(new Chill(day, Set.copyOf(cities), depth, halfLifeMonths, elsewhere));
    }

    /** Counterparts' willingness to sign in a city on a day: 1 normally, lower after a purge. */
    double willingness(City city, int day) {
        double w = 1;
        for (Chill c : chills) {
            w *= c.factor(city, day);
        }
        return w;
    }

    /** Willingness averaged over counterparts of all cities. */
    double meanWillingness(List<City> cities, int day) {
        double sum = 0;
        int n = 0;
        for (City c : cities) {
            sum += willingness(c, day) * c.counterparts.size();
            n += c.counterparts.size();
        }
        return n == 0 ? 1 : sum / n;
    }
}
