package org.moneymen.io.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.model.Entity;
import org.moneymen.model.Entity.AccountEntity;
import org.moneymen.model.Entity.CityEntity;
import org.moneymen.model.Entity.CompanyEntity;
import org.moneymen.model.Entity.CounterpartEntity;
import org.moneymen.model.Entity.DealEntity;
import org.moneymen.model.Entity.OfficialEntity;
import org.moneymen.model.Entity.OrganEntity;
import org.moneymen.model.Entity.PatronEntity;

/**
 * A run's network as the model wrote it ({@code network.jsonl}), indexed by kind and id: what every reader takes
 * facts about entities from, never deriving them again from the scenario.
 */
public final class NetworkFile {
    private final Map<String, OrganEntity> organs = new LinkedHashMap<>();
    private final Map<String, PatronEntity> patrons = new LinkedHashMap<>();
    private final Map<Integer, CityEntity> cities = new LinkedHashMap<>();
    private final Map<Integer, CompanyEntity> companies = new LinkedHashMap<>();
    private final Map<Integer, OfficialEntity> officials = new LinkedHashMap<>();
    private final Map<Integer, CounterpartEntity> counterparts = new HashMap<>();
    private final Map<Integer, AccountEntity> accounts = new LinkedHashMap<>();
    private final Map<Integer, DealEntity> deals = new HashMap<>();
    private final List<Entity> posts = new ArrayList<>();

    private NetworkFile() {
    }

    /** Reads a run folder's {@code network.jsonl}. */
    public static NetworkFile read(Path file) throws IOException {
        return read(file, null);
    }

    /** Reads the entities of some kinds ({@code organ}, {@code company}, ...; all when null) of a network file. */
    public static NetworkFile read(Path file, Set<String> kinds) throws IOException {
        NetworkFile n = new NetworkFile();
        NetworkJsonl.forEach(file, kinds, n::add);
        return n;
    }

    /** Adds an entity (the same id twice keeps the first: an entity is written once). */
    public void add(Entity e) {
        if (e instanceof OrganEntity o) {
            organs.putIfAbsent(o.id(), o);
        } else if (e instanceof PatronEntity p) {
            patrons.putIfAbsent(p.id(), p);
        } else if (e instanceof CityEntity c) {
            cities.putIfAbsent(c.id(), c);
        } else if (e instanceof CompanyEntity c) {
            companies.putIfAbsent(c.id(), c);
        } else if (e instanceof OfficialEntity o) {
            officials.putIfAbsent(o.id(), o);
        } else if (e instanceof CounterpartEntity c) {
            counterparts.putIfAbsent(c.id(), c);
        } else if (e instanceof AccountEntity a) {
            accounts.putIfAbsent(a.id(), a);
        } else if (e instanceof DealEntity d) {
            deals.putIfAbsent(d.id(), d);
        } else {
            posts.add(e);
        }
    }

    /** An organ by id, or null. */
    public OrganEntity organ(String id) {
        return id == null ? null : organs.get(id);
    }

    /** An organ's name, or its id when unknown. */
    public String organName(String id) {
        OrganEntity o = organ(id);
        return o == null ? id : o.name();
    }

    /** A patron person by id, or null. */
    public PatronEntity patron(String id) {
        return id == null ? null : patrons.get(id);
    }

    /** A patron person's name, or its id when unknown. */
    public String patronName(String id) {
        PatronEntity p = patron(id);
        return p == null ? id : p.name();
    }

    /** A city by id, or null. */
    public CityEntity city(int id) {
        return cities.get(id);
    }

    /** A city's name, or null when unknown. */
    public String cityName(int id) {
        CityEntity c = cities.get(id);
        return c == null ? null : c.name();
    }

    /** A company by id, or null. */
    public CompanyEntity company(int id) {
        return companies.get(id);
    }

    /** An official by id, or null. */
    public OfficialEntity official(int id) {
        return officials.get(id);
    }

    /** A counterpart by id, or null. */
    public CounterpartEntity counterpart(int id) {
        return counterparts.get(id);
    }

    /** An account by id, or null. */
    public AccountEntity account(int id) {
        return accounts.get(id);
    }

    /** A deal by id, or null (deals are written only with the event log). */
    public DealEntity deal(int id) {
        return deals.get(id);
    }

    /** Every company, in id order. */
    public Collection<CompanyEntity> companies() {
        return companies.values();
    }

    /** Every official, in the order written. */
    public Collection<OfficialEntity> officials() {
        return officials.values();
    }

    /** Every city, in id order. */
    public Collection<CityEntity> cities() {
        return cities.values();
    }

    /** Every organ, in the scenario's order. */
    public Collection<OrganEntity> organs() {
        return organs.values();
    }
}
