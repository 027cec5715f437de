package org.moneymen.model;

import org.moneymen.model.Entity.AccountEntity;
import org.moneymen.model.Entity.CityEntity;
import org.moneymen.model.Entity.CompanyEntity;
import org.moneymen.model.Entity.CounterpartEntity;
import org.moneymen.model.Entity.DealEntity;
import org.moneymen.model.Entity.OfficialEntity;
import org.moneymen.model.Entity.OrganEntity;
import org.moneymen.model.Entity.PatronEntity;
import org.moneymen.model.Entity.PostEntity;

/**
 * Writes out every entity that exists during the recorded period, once: when the period starts, the whole
 * network as it stands (organs, patrons, cities, companies, posts, counterparts, accounts, officials in post and
 * their running deals); after that each official, account and deal as it appears. The warm-up's are not written.
 */
final class NetworkLog {
    private final World world;
    private final EntitySink sink;
    private final boolean deals;
    private boolean open;

    NetworkLog(World world, EntitySink sink, boolean deals) {
        this.world = world;
        this.sink = sink;
        this.deals = deals && sink != EntitySink.NONE;
    }

    /** The recorded period starts: the network as it stands is written, and later entities as they appear. */
    void open() {
        open = sink != EntitySink.NONE;
        if (!open) {
            return;
        }
        for (Organ o : world.organs) {
            sink.accept(new OrganEntity(o.id(), o.name(), o.kind(), o.rivalIds()));
        }
        for (Patron p : world.patrons) {
            sink.accept(new PatronEntity(p.id(), p.name(), p.organ().id()));
        }
        for (City c : world.cities) {
            sink.accept(new CityEntity(c.id(), c.name(), c.kind()));
        }
        for (TradeCompany c : world.companies) {
            sink.accept(new CompanyEntity(c.id(), c.name(), c.externalId(), c.city().id(), c.patron().id(),
                    c.patronPerson() == null ? null : c.patronPerson().id(), c.posts.length, c.group()));
        }
        for (TradeCompany c : world.companies) {
            for (int slot = 0; slot < c.posts.length; slot++) {
                sink.accept(new PostEntity(c.postId(slot), c.id(), slot, slot == 0 ? Rank.HEAD : Rank.STAFF,
                        c.quotaOf(slot)));
            }
        }
        for (Counterpart c : world.counterparts) {
            sink.accept(new CounterpartEntity(c.id(), c.city().id(), c.assetsUsd, c.liquidity, c.scopedGoods));
        }
        for (TradeCompany c : world.companies) {
            for (Account a : c.accounts) {
                account(a);
            }
        }
        for (TradeCompany c : world.companies) {
            for (Official o : c.posts) {
                if (o != null) {
                    official(o);
                }
            }
        }
        if (deals) {
            for (TradeCompany c : world.companies) {
                for (PostDeals p : c.postDeals) {
                    for (Deal d : p.toArray()) {
                        deal(d);
                    }
                }
            }
        }
    }

    /** An official in post for the first time in the recorded period. */
    void official(Official o) {
        if (!open || o.written) {
            return;
        }
        o.written = true;
        TradeCompany c = o.company;
        sink.accept(new OfficialEntity(o.id(), o.name, o.externalId, c.id(), c.postId(o.slot), o.rank(), c.city().id(),
                o.familyAtHome, o.ability, o.riskAttitude, o.tie));
    }

    /** A new account. */
    void account(Account a) {
        if (open) {
            sink.accept(new AccountEntity(a.id(), a.company().id()));
        }
    }

    /** A new deal (when deals are written: they are as many as the events about them). */
    void deal(Deal d) {
        if (open && deals) {
            sink.accept(new DealEntity(d.id(), d.company.id(), d.company.postId(d.slot), d.maker.id(),
                    d.counterpart.id(), d.commodity, d.valueUsd, d.durationMonths, d.monthlyRevenueUsd(),
                    d.account == null ? -1 : d.account.id()));
        }
    }
}
