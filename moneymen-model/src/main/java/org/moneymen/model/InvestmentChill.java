package org.moneymen.model;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** Willingness by city index on the day in {@link #cachedDay} (it is asked once per deal search). */
    private double[] cached = new double[0];
    private int[] cachedDay = new int[0];

    /** Starts a chill on a day. */
    void add(int day, Set<City> cities, double depth, double halfLifeMonths, double elsewhere) {
        chills.add(new Chill(day, Set.copyOf(cities), depth, halfLifeMonths, elsewhere));
        Arrays.fill(cachedDay, -1);
    }

    /** Counterparts' willingness to sign in a city on a day: 1 normally, lower after a purge. */
    double willingness(City city, int day) {
        if (chills.isEmpty()) {
            return 1;
        }
        int i = city.index();
        if (i >= cached.length) {
            int n = Math.max(i + 1, 2 * cached.length);
            cached = Arrays.copyOf(cached, n);
            int from = cachedDay.length;
            cachedDay = Arrays.copyOf(cachedDay, n);
            Arrays.fill(cachedDay, from, n, -1);
        }
        if (cachedDay[i] != day) {
            double w = 1;
            for (Chill c : chills) {
                w *= c.factor(city, day);
            }
            cached[i] = w;
            cachedDay[i] = day;
        }
        return cached[i];
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
