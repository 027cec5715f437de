package org.moneymen.io.story;

import org.moneymen.io.network.NetworkFile;
import org.moneymen.model.Entity.CompanyEntity;
import org.moneymen.model.Entity.OfficialEntity;

/**
 * How stories and tables name the network's entities, all from {@code network.jsonl}: a company or an official by
 * its id and, where the network has them, its name and external id; a city, organ or patron person by its name.
 */
public final class Names {
    private final NetworkFile network;

    public Names(NetworkFile network) {
        this.network = network;
    }

    /** The network the names come from. */
    public NetworkFile network() {
        return network;
    }

    /** "company 12", or "company 12 (Korea Sobaeksu Trading; external id KPe.001)" for a named one. */
    public String company(int id) {
        return "company " + id + companySuffix(id);
    }

    /** What follows a company's id: its name and external id in brackets, or nothing when it has neither. */
    public String companySuffix(int id) {
        CompanyEntity c = network.company(id);
        return c == null ? "" : suffix(c.name(), c.externalId());
    }

    /** "official 17", or "official 17 (Kim Chol; external id KPi.045)" for a named one. */
    public String official(int id) {
        return "official " + id + officialSuffix(id);
    }

    /** What follows an official's id: his name and external id in brackets, or nothing when he has neither. */
    public String officialSuffix(int id) {
        OfficialEntity o = network.official(id);
        return o == null ? "" : suffix(o.name(), o.externalId());
    }

    /** A city's name, or "city 7" when the network does not have it. */
    public String city(int id) {
        String name = network.cityName(id);
        return name != null ? name : id < 0 ? "an unrecorded city" : "city " + id;
    }

    /** An organ's name (its id when the network does not have it). */
    public String organ(String id) {
        return id == null ? "unrecorded organ" : network.organName(id);
    }

    /** A patron person's name (the id when the network does not have it). */
    public String patron(String id) {
        return network.patronName(id);
    }

    /** " (name; external id X)", " (name)", " (external id X)" or nothing. */
    static String suffix(String name, String externalId) {
        if (name == null && externalId == null) {
            return "";
        }
        String ext = externalId == null ? "" : "external id " + externalId;
        return " (" + (name == null ? ext : externalId == null ? name : name + "; " + ext) + ")";
    }
}
