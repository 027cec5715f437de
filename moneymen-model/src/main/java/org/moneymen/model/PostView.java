package org.moneymen.model;

import java.util.List;

/**
 * The holder of a post on a day, with the ties that make up the network around him: his company, the accounts he
 * knows and the counterparts he has dealt with (for centrality measures).
 *
 * @param post the post's id
 * @param official the holder's id
 * @param name his name where the scenario names him, else null
 * @param externalId his outside id, else null
 * @param company the company's id
 * @param companyName the company's name where the scenario names it, else null
 * @param city the company's station city
 * @param accounts ids of the accounts he knows
 * @param counterparts ids of the counterparts he has relationship capital with
 */
public record PostView(int post, int official, String name, String externalId, int company, String companyName,
                       String city, List<Integer> accounts, List<Integer> counterparts) {

    static PostView of(Official o) {
        return new PostView(o.company.postId(o.slot), o.id(), o.name, o.externalId, o.company.id(), o.company.name(),
                o.company.city().name(), o.knownAccounts.stream().map(Account::id).toList(),
                o.relationOrder.stream().map(Counterpart::id).toList());
    }
}
