package org.moneymen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.kernel.Draws;
import org.moneymen.model.config.CitySpec;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.OrganSpec;
import org.moneymen.model.config.PatronSpec;
import org.moneymen.model.config.StationDeals;

/**
 * Builds the network a run starts from: organs, patrons, cities and their traders, companies with their
 * accounts, an official in every post (part-way through its term) and the deals those officials already run.
 */
final class NetworkBuilder {
    private final World world;
    private final Staffing staffing;
    private final Deals deals;
    private final Adaptation adaptation;

    NetworkBuilder(World world, Staffing staffing, Deals deals, Adaptation adaptation) {
        this.world = world;
        this.adaptation = adaptation;
        this.staffing = staffing;
        this.deals = deals;
    }

    void build() {
        var s = world.scenario;
        Map<String, Organ> organs = new HashMap<>();
        for (OrganSpec spec : s.organs()) {
            Organ o = new Organ(world.organs.size(), spec);
            world.organs.add(o);
            organs.put(spec.id(), o);
            world.organsById.put(spec.id(), o);
        }
        for (Organ o : world.organs) {
            o.linkRivals(world.organs);
        }
        Map<String, Patron> patrons = new HashMap<>();
        for (PatronSpec spec : s.patrons()) {
            Patron p = new Patron(world.patrons.size(), spec, organs.get(spec.organ()));
            world.patrons.add(p);
            patrons.put(spec.id(), p);
        }
        Map<String, City> cities = new HashMap<>();
        for (CitySpec spec : s.cities()) {
            City city = new City(world.cities.size(), spec);
            world.cities.add(city);
            cities.put(spec.name(), city);
            for (int i = 0, n = s.scaled(spec.counterparts()); i < n; i++) {
                int id = world.counterparts.size() + 1;
                var rng = world.streams.stream("counterpart", id);
                double assets = Draws.lognormal(rng, 20 * s.deals().at(spec.kind()).valueMedianUsd(), 1.0);
                java.util.EnumSet<Commodity> scope = java.util.EnumSet.noneOf(Commodity.class);
                List<Commodity> goods = s.deals().at(spec.kind()).commodities().traded();
                for (Commodity g : goods) {
                    if (Draws.chance(rng, s.deals().scopeShare())) {
                        scope.add(g);
                    }
                }
                if (scope.isEmpty()) {
                    scope.add(goods.get(rng.nextInt(goods.size())));
                }
                Counterpart c = new Counterpart(id, city, assets, rng.nextDouble(), scope);
                city.counterparts.add(c);
                world.counterparts.add(c);
            }
        }
        for (int g = 0; g < s.companies().size(); g++) {
            CompanySpec spec = s.companies().get(g);
            City city = cities.get(spec.city());
            for (int i = 0, n = spec.named() ? spec.count() : s.scaled(spec.count()); i < n; i++) {
                TradeCompany c = new TradeCompany(world.companies.size() + 1, g, world.postCount + 1, spec, city,
                        organs.get(spec.patron()), spec.patronPerson() == null ? null : patrons.get(spec.patronPerson()));
                world.companies.add(c);
                world.postCount += c.posts.length;
                city.companies.add(c);
                for (int a = 0; a < spec.accounts(); a++) {
                    c.accounts.add(new Account(world.nextAccountId++, c));
                }
            }
        }
        int termDays = (int) Math.round(s.officials().termYears() * 365);
        adaptation.building(true);
        for (TradeCompany c : world.companies) {
            for (int slot = 0; slot < c.posts.length; slot++) {
                Official o = staffing.recruit(c, slot);
                var named = c.spec().officials();
                if (slot < named.size()) {
                    o.name = named.get(slot).name();
                    o.externalId = named.get(slot).externalId();
                    if (named.get(slot).familyAtHome() != null) {
                        // Set after the draw, which is made whatever: the official's other attributes stay as drawn.
                        o.familyAtHome = named.get(slot).familyAtHome();
                    }
                }
                staffing.post(o, c, slot, -o.rng(Source.ATTRIBUTES).nextInt(Math.max(1, termDays)));
                o.postedAllMonth = true;
                adaptation.built(o);
            }
        }
        adaptation.building(false);
        for (TradeCompany c : world.companies) {
            for (Official o : c.posts) {
                openingDeals(o);
            }
        }
    }

    /** Deals an official already runs at the start: enough to bring in part of what it aims for. */
    private void openingDeals(Official o) {
        StationDeals sd = world.scenario.deals().at(o.company.city().kind());
        double expected = deals.expectedMonthlyStateRevenue(sd);
        var rng = o.rng(Source.DEALS);
        double target = Math.min(o.ceiling, o.ability * 1.5) * o.quotaUsd / 12.0 * Draws.uniform(rng, 0.6, 1.0);
        // No more than its searches could have signed over a deal's life: keeps the opening network finite whatever
        // the quota (a quota of 1e21 USD would otherwise ask for billions of deals).
        var dp = world.scenario.deals();
        double sign = (dp.signProbabilityStranger() + dp.signProbabilityKnown()) / 2;
        double most = Math.ceil(sd.searchesPerMonth() * o.ability * sign * (sd.durationMinMonths() + sd.durationMaxMonths()) / 2.0);
        int n = (int) Math.min(most, Math.round(target / expected));
        var local = o.company.city().counterparts;
        for (int i = 0; i < n && !local.isEmpty(); i++) {
            deals.opening(o, local.get(rng.nextInt(local.size())), sd);
        }
    }
}
