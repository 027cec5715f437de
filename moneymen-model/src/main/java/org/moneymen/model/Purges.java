package org.moneymen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.kernel.Draws;
import org.moneymen.model.config.OrganKind;
import org.moneymen.model.config.PurgeSpec;
import org.moneymen.model.config.ResponseParams;

/**
 * Process 5, the purge: a patron person or organ falls on a date. Officials tied to it are summoned; the offices
 * are sealed and their other staff called home; arrest squads go to the cities with the most summoned officials;
 * each summoned official returns, hides, defects or flees with funds ({@link PurgeChoice}); squads find hidden
 * officials over time; the fallen patron's companies pass to other organs; counterparts grow wary; running deals in
 * the fallen patron's lines of business are re-examined ({@link Reinterpretation}).
 */
final class Purges {
    private final World world;
    private final Staffing staffing;
    private final Rivalry rivalry;
    private final ResponseParams response;
    private final Reinterpretation reinterpretation;
    private final List<ArrestSquad> squads = new ArrayList<>();
    private final List<Official> hiding = new ArrayList<>();
    private final Map<Official, PurgeSpec> summonedBy = new LinkedHashMap<>();

    Purges(World world, Staffing staffing, Rivalry rivalry, Reinterpretation reinterpretation) {
        this.world = world;
        this.staffing = staffing;
        this.rivalry = rivalry;
        this.reinterpretation = reinterpretation;
        this.response = world.scenario.response();
    }

    /** Schedules each purge of the scenario that falls within the run. */
    void schedule() {
        List<PurgeSpec> specs = world.scenario.purges();
        for (int i = 0; i < specs.size(); i++) {
            PurgeSpec spec = specs.get(i);
            int index = i;
            int day = world.scheduler.calendar().day(spec.date());
            if (day >= world.recordStartDay) {
                world.scheduler.at(day, World.P_PURGE, () -> purge(spec, index));
            }
        }
    }

    private void purge(PurgeSpec spec, int index) {
        Patron person = spec.patron() == null ? null : world.patron(spec.patron());
        Organ organ = spec.organ() != null ? world.organ(spec.organ()) : person.organ();
        world.emitGlobal(EventType.PURGE, null, spec.description() != null ? spec.description()
                : (person != null ? person.name() : organ.name()) + " purged");
        organ.standing = spec.standingAfter();
        List<TradeCompany> fallen = new ArrayList<>();
        Set<City> cities = new LinkedHashSet<>();
        for (TradeCompany c : world.companies) {
            // A fallen patron person takes the organ he leads down with him.
            boolean hit = c.patron == organ || (person != null && c.patronPerson == person);
            if (hit) {
                fallen.add(c);
                cities.add(c.city());
            }
        }
        world.chill.add(world.now(), cities, spec.chillDepth(), spec.chillHalfLifeMonths(), spec.chillElsewhere());
        reinterpretation.start(spec, index, new java.util.HashSet<>(fallen));
        if (spec.sealOffices() && spec.sealMonths() > 0) {
            int until = world.scheduler.calendar().day(world.today().plusMonths(spec.sealMonths()));
            for (TradeCompany c : fallen) {
                staffing.seal(c, until);
            }
        }
        for (TradeCompany c : fallen) {
            for (Official o : c.staffOnPost()) {
                double p = spec.summonBase() + (1 - spec.summonBase()) * o.tie;
                var rng = o.rng(Source.PURGE);
                int delay = rng.nextInt(spec.summonWindowDays());
                if (Draws.chance(rng, p)) {
                    world.scheduler.in(delay, World.P_PURGE, () -> summon(o, spec));
                } else if (spec.sealOffices()) {
                    world.scheduler.in(delay, World.P_PURGE, () -> callHome(o));
                }
            }
        }
        world.scheduler.in(spec.transferDays(), World.P_PURGE, () -> transfer(fallen, spec, organ));
        world.scheduler.in(spec.squads().arrivalDays(), World.P_PURGE, () -> sendSquads(spec));
    }

    /** An official is ordered home: it leaves its post at once and decides what to do within days. */
    private void summon(Official o, PurgeSpec spec) {
        if (o.status() != Status.POSTED) {
            return;
        }
        world.count(Column.OFFICIALS_SUMMONED);
        world.count(Column.RECALLS_PURGE);
        world.emitFamily(EventType.SUMMONED, o, o.runningRatio(world.now()));
        staffing.endPosting(o, Status.SUMMONED, RecallCause.PURGE);
        summonedBy.put(o, spec);
        int days = (int) Math.round(Draws.lognormal(o.rng(Source.PURGE), Math.max(spec.decisionDaysMedian(), 1e-9),
                0.5));
        world.scheduler.in(days, World.P_PURGE, () -> decide(o));
    }

    /** An untied official of a sealed office is called home in order. */
    private void callHome(Official o) {
        if (o.status() == Status.POSTED) {
            staffing.recall(o, RecallCause.PURGE, o.runningRatio(world.now()));
        }
    }

    private void decide(Official o) {
        City city = o.lastCity;
        int now = world.now();
        ArrestSquad squad = squadThatCanSeize(city, now);
        var rng = o.rng(Source.PURGE);
        if (squad != null && Draws.chance(rng, summonedBy.get(o).squads().seizeProbability())) {
            squad.seize();
            arrest(o, Route.SEIZED_BEFORE_CHOICE);
            return;
        }
        boolean access = false;
        for (Account a : o.knownAccounts) {
            access |= !a.lost && a.balanceUsd > 0;
        }
        double[] u = PurgeChoice.utilities(response, o.familyAtHome, o.tie, o.savingsUsd, access, squadPresent(city, now));
        switch (PurgeChoice.draw(rng, u)) {
            case RETURN -> {
                o.moveTo(Status.RETURNED);
                world.count(Column.OFFICIALS_RETURNED);
                world.emitFamily(EventType.RETURNED, o, Double.NaN);
                staffing.leave(o, true);
            }
            case HIDE -> {
                o.moveTo(Status.HIDING);
                hiding.add(o);
                world.emitIn(EventType.HID, o, o.savingsUsd, city);
                staffing.leave(o, false);
            }
            case DEFECT -> defect(o, Route.WHEN_SUMMONED);
            case FLEE -> flee(o);
        }
    }

    private void arrest(Official o, Route how) {
        o.moveTo(Status.ARRESTED);
        hiding.remove(o);
        world.count(Column.OFFICIALS_ARRESTED);
        world.emit(EventType.ARRESTED, o, Double.NaN, Double.NaN, how);
        staffing.leave(o, true);
    }

    private void defect(Official o, Route when) {
        o.moveTo(Status.DEFECTED);
        hiding.remove(o);
        world.count(Column.OFFICIALS_DEFECTED);
        world.emit(EventType.DEFECTED, o, o.savingsUsd, Double.NaN, when);
        staffing.leave(o, false);
        rivalry.defection("official " + o.id() + " defected");
    }

    /** Flight with funds: the official empties part of every account he knows and disappears. */
    private void flee(Official o) {
        double taken = 0;
        for (Account a : o.knownAccounts) {
            if (!a.lost && a.balanceUsd > 0) {
                taken += a.take(response.fleeTakeShare(), null);
            }
        }
        o.savingsUsd += taken;
        o.moveTo(Status.FLED);
        world.count(Column.OFFICIALS_FLED);
        world.add(Column.FUNDS_TAKEN_USD, taken);
        world.emit(EventType.FLED, o, taken, Double.NaN, null);
        staffing.leave(o, false);
        rivalry.defection("official " + o.id() + " fled with funds");
    }

    /** The fallen patron's companies pass to another patron organ: the successor named, or the others in turn. */
    private void transfer(List<TradeCompany> fallen, PurgeSpec spec, Organ fallenOrgan) {
        List<Organ> heirs = new ArrayList<>();
        if (spec.successor() != null) {
            heirs.add(world.organ(spec.successor()));
        } else {
            for (Organ g : world.organs) {
                if (g.kind() == OrganKind.PATRON && g != fallenOrgan && g.standing >= 0.5) {
                    heirs.add(g);
                }
            }
        }
        for (int i = 0; i < fallen.size(); i++) {
            TradeCompany c = fallen.get(i);
            c.patronPerson = null;
            if (!heirs.isEmpty()) {
                c.patron = heirs.get(i % heirs.size());
            }
            world.emitOrgan(EventType.COMPANY_TRANSFERRED, null, c, c.patron);
        }
    }

    /** Squads go one by one to the city with the most summoned or hiding officials per squad already there. */
    private void sendSquads(PurgeSpec spec) {
        Map<City, Integer> wanted = new LinkedHashMap<>();
        for (Map.Entry<Official, PurgeSpec> e : summonedBy.entrySet()) {
            Official o = e.getKey();
            if (e.getValue() == spec && (o.status() == Status.SUMMONED || o.status() == Status.HIDING)) {
                wanted.merge(o.lastCity, 1, Integer::sum);
            }
        }
        if (wanted.isEmpty()) {
            for (Map.Entry<Official, PurgeSpec> e : summonedBy.entrySet()) {
                if (e.getValue() == spec) {
                    wanted.merge(e.getKey().lastCity, 1, Integer::sum);
                }
            }
        }
        Map<City, Integer> sent = new LinkedHashMap<>();
        int until = world.scheduler.calendar().day(world.today().plusMonths(spec.squads().stayMonths()));
        for (int i = 0, n = spec.squads().count() == 0 ? 0 : world.scenario.scaled(spec.squads().count());
                i < n && !wanted.isEmpty(); i++) {
            City best = null;
            double most = -1;
            for (Map.Entry<City, Integer> e : wanted.entrySet()) {
                double need = e.getValue() / (1.0 + sent.getOrDefault(e.getKey(), 0));
                if (need > most) {
                    most = need;
                    best = e.getKey();
                }
            }
            sent.merge(best, 1, Integer::sum);
            squads.add(new ArrestSquad(best, until, spec.squads().capacityPerMonth()));
            world.emitGlobal(EventType.SQUAD_ARRIVED, best, null);
        }
    }

    /** The month's end: squads search for hidden officials; some in hiding get out to another country. */
    void month() {
        int now = world.now();
        for (Official o : new ArrayList<>(hiding)) {
            ArrestSquad squad = squadThatCanSeize(o.lastCity, now);
            PurgeSpec spec = summonedBy.get(o);
            var rng = o.rng(Source.PURGE);
            if (squad != null && Draws.chance(rng, spec.squads().findProbability())) {
                squad.seize();
                arrest(o, Route.FOUND_IN_HIDING);
            } else if (Draws.chance(rng, response.hidingDefectProbability())) {
                defect(o, Route.FROM_HIDING);
            }
        }
        for (ArrestSquad s : squads) {
            s.newMonth();
        }
    }

    /** Officials in hiding now. */
    int hidingCount() {
        return hiding.size();
    }

    private ArrestSquad squadThatCanSeize(City city, int day) {
        for (ArrestSquad s : squads) {
            if (s.canSeize(city, day)) {
                return s;
            }
        }
        return null;
    }

    private boolean squadPresent(City city, int day) {
        for (ArrestSquad s : squads) {
            if (s.presentIn(city, day)) {
                return true;
            }
        }
        return false;
    }
}
