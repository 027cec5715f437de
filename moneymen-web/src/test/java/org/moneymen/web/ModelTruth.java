package org.moneymen.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.experiment.RunResult;
import org.moneymen.model.Entity;
import org.moneymen.model.Entity.CompanyEntity;
import org.moneymen.model.EventType;
import org.moneymen.model.ModelEvent;
import org.moneymen.model.Status;

/**
 * What the model itself says of a run, from the objects it handed over (its events and entities in memory, never
 * written or read back): each official's postings with the patron organs his company had while he held them, each
 * company's organ at the end, and each official's last status.
 */
final class ModelTruth {

    /** One post held: company and city by id, the company's organs while it was held, whether it still is. */
    record Held(int company, int city, List<String> organs, boolean open) {
    }

    final Map<Integer, List<Held>> postings = new LinkedHashMap<>();
    final Map<Integer, Status> lastStatus = new HashMap<>();
    /** Each company's patron organ: kept current as the events go, so at the end it is the organ at the end. */
    final Map<Integer, String> organAtEnd = new HashMap<>();
    int transfersUnderAnOfficialInPost;

    ModelTruth(RunResult run) {
        for (Entity e : run.entities()) {
            if (e instanceof CompanyEntity c) {
                organAtEnd.put(c.id(), c.organ());
            }
        }
        Map<Integer, int[]> open = new HashMap<>();
        Map<Integer, List<String>> openOrgans = new HashMap<>();
        for (ModelEvent e : run.events()) {
            if (e.type() == EventType.COMPANY_TRANSFERRED) {
                organAtEnd.put(e.company(), e.organ());
                for (Map.Entry<Integer, int[]> o : open.entrySet()) {
                    if (o.getValue()[0] == e.company()) {
                        openOrgans.get(o.getKey()).add(e.organ());
                        transfersUnderAnOfficialInPost++;
                    }
                }
                continue;
            }
            if (e.official() < 0) {
                continue;
            }
            Status s = e.type().statusAfter();
            boolean leaves = e.type() == EventType.RELOCATED || (s != null && s != Status.POSTED);
            if (leaves && open.containsKey(e.official())) {
                int[] held = open.remove(e.official());
                close(e.official(), held, openOrgans.remove(e.official()), false);
            }
            if (s != null) {
                lastStatus.put(e.official(), s);
            }
            if (e.type() == EventType.POSTED) {
                open.put(e.official(), new int[] {e.company(), e.city()});
                openOrgans.put(e.official(), new ArrayList<>(List.of(organAtEnd.get(e.company()))));
            }
        }
        open.forEach((official, held) -> close(official, held, openOrgans.get(official), true));
    }

    private void close(int official, int[] held, List<String> organs, boolean stillOpen) {
        postings.computeIfAbsent(official, k -> new ArrayList<>())
                .add(new Held(held[0], held[1], List.copyOf(organs), stillOpen));
    }

    /** The post an official held last. */
    Held last(int official) {
        List<Held> h = postings.get(official);
        return h.get(h.size() - 1);
    }
}
