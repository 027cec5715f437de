package org.moneymen.experiment.keyplayers;

/**
 * One removal's cost: a post's holder removed, or an account frozen, with who and where it is and how central.
 *
 * @param kind {@code official} or {@code account}
 * @param target the post's id (officials) or the account's id (accounts), as {@code network.jsonl} gives it
 * @param official the holder's id in the first replica holding the post; for an account, its knower's there (-1: none)
 * @param name the holder's name where the scenario names him, else null
 * @param externalId the holder's outside id (an FtM id), else null
 * @param company the company's id
 * @param companyName the company's name where the scenario names it, else null
 * @param city the company's station city
 * @param held replicas in which the post was held (the account known) on the day
 * @param loss Office No. 39's inflow lost in the window, paired over the replicas, USD
 * @param centrality where it sits in the network on the day, averaged over the replicas holding it
 * @param confirmed the loss again on fresh seeds, for the officials printed and the last (null for the others): the
 *     ranking's ends are chosen on {@code loss}'s seeds, which makes their losses there too far from the middle
 */
public record Player(String kind, int target, int official, String name, String externalId, int company,
                     String companyName, String city, int held, PairedLoss loss, Centrality centrality,
                     PairedLoss confirmed) {

    /** The same player with its loss on fresh seeds. */
    Player confirm(PairedLoss fresh) {
        return new Player(kind, target, official, name, externalId, company, companyName, city, held, loss,
                centrality, fresh);
    }
}
