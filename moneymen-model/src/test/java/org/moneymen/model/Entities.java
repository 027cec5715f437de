package org.moneymen.model;

import org.moneymen.kernel.EventHandle;
import org.moneymen.model.config.CitySpec;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.StationKind;

/** The fewest real entities an index needs (cities, companies, officials, deals), made without a scenario or world. */
final class Entities {
    private Entities() {
    }

    static City city(int index) {
        return new City(index, new CitySpec("city " + index, StationKind.MAJOR_CITY, 1));
    }

    /** A company with a head and {@code staff} staff posts, all vacant, joined to its city's list. */
    static TradeCompany company(int id, City city, int staff) {
        CompanySpec spec = new CompanySpec(city.name(), "organ", null, 1, staff, 1, 1_000_000, 300_000, 0.5);
        TradeCompany c = new TradeCompany(id, 0, 1 + 1000 * id, spec, city, null, null);
        city.companies.add(c);
        return c;
    }

    static Official official(int id) {
        org.moneymen.kernel.RandomStreams streams = new org.moneymen.kernel.RandomStreams(id);
        org.moneymen.kernel.RandomStreams.Family[] families = new org.moneymen.kernel.RandomStreams.Family[Source.ALL.length];
        for (Source s : Source.ALL) {
            families[s.ordinal()] = streams.family(s.streamName);
        }
        return new Official(id, id, families, 1, false, 0.5, 0);
    }

    /** Puts a new official in a post as far as the indexes look: the post's holder, the official's company and slot. */
    static Official post(int id, TradeCompany c, int slot) {
        Official o = official(id);
        o.company = c;
        o.slot = slot;
        c.posts[slot] = o;
        return o;
    }

    /** A deal of a post with a monthly revenue; nothing else of it is filled in. */
    static Deal deal(int id, TradeCompany c, int slot, double monthlyRevenueUsd) {
        return new Deal(id, c, slot, null, null, null, 0, 12, monthlyRevenueUsd, null);
    }

    /** A replacement on its way (the indexes only ask whether there is one). */
    static EventHandle arrival() {
        return new EventHandle() {
            private boolean cancelled;

            @Override
            public void cancel() {
                cancelled = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
