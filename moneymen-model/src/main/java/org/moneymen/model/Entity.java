package org.moneymen.model;

import java.util.List;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.OrganKind;
import org.moneymen.model.config.StationKind;

/**
 * One entity of a run's network as the model built it, with its id decided once: what {@code network.jsonl}
 * holds, one line each, and what every reader takes facts from. Attributes are as at the entity's creation (or
 * the scenario's start); what changes later is told by the event log.
 */
public sealed interface Entity {

    /** The entity's kind in files ({@code organ}, {@code company}, ...). */
    String kind();

    /** A state body. */
    record OrganEntity(String id, String name, OrganKind organKind, List<String> rivals) implements Entity {
        @Override
        public String kind() {
            return "organ";
        }
    }

    /** A patron person and the organ he leads. */
    record PatronEntity(String id, String name, String organ) implements Entity {
        @Override
        public String kind() {
            return "patron";
        }
    }

    /** A station city. */
    record CityEntity(int id, String name, StationKind station) implements Entity {
        @Override
        public String kind() {
            return "city";
        }
    }

    /** A trade company: its city, patron organ and patron person (null when none). */
    record CompanyEntity(int id, String name, String externalId, int city, String organ, String patronPerson,
                         int posts, int group) implements Entity {
        @Override
        public String kind() {
            return "company";
        }
    }

    /** A post of a company (slot 0 is the head's), with its annual quota in USD. */
    record PostEntity(int id, int company, int slot, Rank rank, double quotaUsd) implements Entity {
        @Override
        public String kind() {
            return "post";
        }
    }

    /** An official as first posted (or as in post when the recorded period starts): where and who. */
    record OfficialEntity(int id, String name, String externalId, int company, int post, Rank rank, int city,
                          boolean familyAtHome, double ability, double riskAttitude, double tie)
            implements Entity {
        @Override
        public String kind() {
            return "official";
        }
    }

    /** A local trader: its city, assets in USD, liquidity (share) and scope of business. */
    record CounterpartEntity(int id, int city, double assetsUsd, double liquidity, List<Commodity> scope)
            implements Entity {
        @Override
        public String kind() {
            return "counterpart";
        }
    }

    /** A company's account abroad. */
    record AccountEntity(int id, int company) implements Entity {
        @Override
        public String kind() {
            return "account";
        }
    }

    /** An MOU: company, post, maker, counterpart, goods, value in USD, length and monthly revenue in USD. */
    record DealEntity(int id, int company, int post, int maker, int counterpart, Commodity commodity, double valueUsd,
                      int durationMonths, double monthlyRevenueUsd, int account) implements Entity {
        @Override
        public String kind() {
            return "deal";
        }
    }
}
