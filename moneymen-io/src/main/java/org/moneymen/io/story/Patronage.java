package org.moneymen.io.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.moneymen.io.network.NetworkFile;
import org.moneymen.model.Entity.CompanyEntity;
import org.moneymen.model.EventType;

/**
 * Each company's patron organ as a reader walks the log: as {@code network.jsonl} gives it at the start, then as
 * {@code company_transferred} events move it (a transferred company is no longer tied to its patron person).
 */
public final class Patronage {
    private final NetworkFile network;
    private final Map<Integer, String> moved = new HashMap<>();
    private final Set<Integer> untied = new HashSet<>();

    public Patronage(NetworkFile network) {
        this.network = network;
    }

    /** Follows an event (a transfer moves its company to the event's organ), giving the organ before or null. */
    public String follow(LoggedEvent e) {
        if (e.type() != EventType.COMPANY_TRANSFERRED || e.company() < 0 || e.organ() == null) {
            return null;
        }
        String before = organOf(e.company());
        moved.put(e.company(), e.organ());
        untied.add(e.company());
        return before;
    }

    /** The company's patron organ now (its id), or null when the network does not know the company. */
    public String organOf(int company) {
        String o = moved.get(company);
        if (o != null) {
            return o;
        }
        CompanyEntity c = network.company(company);
        return c == null ? null : c.organ();
    }

    /** The patron person the company's officials are tied to now (its id), or null. */
    public String patronPersonOf(int company) {
        CompanyEntity c = network.company(company);
        return c == null || untied.contains(company) ? null : c.patronPerson();
    }
}
