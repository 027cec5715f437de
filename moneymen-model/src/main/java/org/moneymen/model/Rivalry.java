package org.moneymen.model;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.kernel.Draws;
import org.moneymen.model.config.RivalryParams;
import org.moneymen.model.config.ShockSpec;

/**
 * Process 4, rivalry and rumour: officials falling short spread rumours about more successful rivals in their city;
 * patron organs report on the companies of rival organs; suspicion builds and fades; investigations recall
 * officials whatever they earn. A defection anywhere raises the centre's suspicion of everyone abroad for a while.
 */
final class Rivalry {
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private final World world;
    private final RivalryParams params;
    private final Staffing staffing;
    private final double decay;
    private double centre;
    private Official[] rivals = new Official[0];
    private double[] weights = new double[0];
    private int centreDay;

    Rivalry(World world, Staffing staffing) {
        this.world = world;
        this.params = world.scenario.rivalry();
        this.staffing = staffing;
        this.decay = StrictMath.pow(0.5, 1 / params.suspicionHalfLifeMonths());
    }

    /** Schedules the defections outside the network that the scenario names. */
    void scheduleShocks() {
        for (ShockSpec shock : world.scenario.shocks()) {
            int day = world.scheduler.calendar().day(shock.date());
            if (day >= world.recordStartDay) {
                world.scheduler.at(day, World.P_PURGE, () -> defection(
                        shock.description() == null ? "a defection abroad" : shock.description()));
            }
        }
    }

    /** A defection became known: the centre suspects every official abroad a little more. */
    void defection(String who) {
        if (!params.enabled()) {
            return;
        }
        centre = centreSuspicion(world.now()) + params.defectionShock();
        centreDay = world.now();
        world.emitGlobal(EventType.DEFECTION_SHOCK, who);
    }

    /** The centre's suspicion of all officials abroad on a day. */
    double centreSuspicion(int day) {
        if (centre == 0) {
            return 0;
        }
        return centre * StrictMath.pow(0.5, (day - centreDay) / (params.centreHalfLifeMonths() * DAYS_PER_MONTH));
    }

    /** The month's rumours, reports and investigations. */
    void month() {
        if (!params.enabled()) {
            return;
        }
        int now = world.now();
        List<Official> posted = world.postedOfficials();
        for (Official o : posted) {
            o.suspicion *= decay;
        }
        Map<City, CityRatios> ratios = new HashMap<>();
        for (City c : world.cities) {
            ratios.put(c, new CityRatios(c, now));
        }
        for (Official o : posted) {
            rumour(o, now, ratios.get(o.company.city()));
        }
        reports();
        double shared = centreSuspicion(now);
        for (Official o : posted) {
            if (o.status != Status.POSTED) {
                continue;
            }
            double p = Math.min(1, params.investigationRate() * (o.suspicion + shared));
            if (p > 0 && Draws.chance(o.rng, p)) {
                world.count(Column.INVESTIGATIONS);
                if (Draws.chance(o.rng, params.investigationRecallProbability())) {
                    world.emit(EventType.INVESTIGATED, o, Double.NaN, o.runningRatio(now), "recalled");
                    staffing.recall(o, RecallCause.RUMOUR, o.runningRatio(now));
                } else {
                    world.emit(EventType.INVESTIGATED, o, Double.NaN, o.runningRatio(now), "cleared");
                    o.suspicion = 0;
                }
            }
        }
    }

    /** An official falling short may spread a rumour about a rival in its city, the more successful the likelier. */
    private void rumour(Official o, int now, CityRatios city) {
        double own = o.runningRatio(now);
        if (Double.isNaN(own) || own >= params.rumourBelow() || !Draws.chance(o.rng, params.rumourProbability())) {
            return;
        }
        int n = 0;
        for (int i = 0; i < city.size; i++) {
            if (city.company[i] != o.company && city.ratio[i] > own) {
                rivals[n] = city.official[i];
                weights[n++] = city.ratio[i] - own;
            }
        }
        if (n == 0) {
            return;
        }
        int pick = Draws.weighted(o.rng, weights, n);
        if (pick < 0) {
            return;
        }
        Official target = rivals[pick];
        target.suspicion += params.suspicionPerRumour();
        world.count(Column.RUMOURS);
        world.emit(EventType.RUMOUR, target, o, null);
    }

    /**
     * The posted officials of a city with their running ratios, company by company, head first: taken once at the
     * month's close (rumours change no ratio and no post), so each rumour scans arrays instead of the companies.
     */
    private final class CityRatios {
        final Official[] official;
        final TradeCompany[] company;
        final double[] ratio;
        int size;

        CityRatios(City city, int now) {
            int posts = 0;
            for (TradeCompany c : city.companies) {
                posts += c.posts.length;
            }
            official = new Official[posts];
            company = new TradeCompany[posts];
            ratio = new double[posts];
            for (TradeCompany c : city.companies) {
                for (Official r : c.posts) {
                    if (r != null) {
                        official[size] = r;
                        company[size] = c;
                        ratio[size++] = r.runningRatio(now);
                    }
                }
            }
            if (rivals.length < size) {
                rivals = new Official[size];
                weights = new double[size];
            }
        }
    }

    /** Each patron organ may report on each company of a rival organ in a city where it also has companies. */
    private void reports() {
        var rng = world.streams.stream("reports", world.now());
        for (City city : world.cities) {
            Set<Organ> present = new LinkedHashSet<>();
            for (TradeCompany c : city.companies) {
                present.add(c.patron);
            }
            for (Organ reporter : present) {
                for (TradeCompany c : city.companies) {
                    Official head = c.posts[0];
                    if (head != null && reporter.isRivalOf(c.patron) && Draws.chance(rng, params.reportProbability())) {
                        head.suspicion += params.suspicionPerReport();
                        world.count(Column.REPORTS);
                        world.emit(EventType.REPORTED, head, null, reporter.id());
                    }
                }
            }
        }
    }
}
