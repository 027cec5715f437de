package org.moneymen.io.ftm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The part of an export that is the network, found in three streaming passes so that only that part is held:
 * (1) every line is read and checked, and the parties in scope kept; (2) the links, sanctions and bank accounts
 * that touch a kept party are kept, and the entities at their other ends noted; (3) those entities are kept
 * (people, addresses, accounts and bodies one step out). Everything is keyed by FtM id, so the order of the lines
 * does not change the result.
 */
final class FtmSelection {
    /** Parties in scope, by id. */
    final Map<String, FtmEntity> core = new TreeMap<>();
    /** Links, sanctions and accounts kept, by id. */
    final Map<String, FtmEntity> links = new TreeMap<>();
    /** Entities one step out of the core (people, bodies, addresses, accounts), by id. */
    final Map<String, FtmEntity> outer = new TreeMap<>();

    private FtmSelection() {
    }

    /** Selects the network from the files, counting what it reads into the report. */
    static FtmSelection select(List<Path> files, FtmFilter filter, ImportReport report)
            throws IOException, FtmException {
        FtmSelection s = new FtmSelection();
        for (Path f : files) {
            FtmReader.read(f, e -> {
                report.read(e);
                if (filter.inScope(e)) {
                    s.core.put(e.id(), e);
                }
            });
        }
        Set<String> wanted = new HashSet<>();
        for (FtmEntity e : s.core.values()) {
            for (String p : FtmSchemas.REFERENCES) {
                wanted.addAll(e.values(p));
            }
        }
        for (Path f : files) {
            FtmReader.read(f, e -> s.second(e, filter, wanted, report));
        }
        for (Path f : files) {
            FtmReader.read(f, e -> {
                if (wanted.contains(e.id()) && !s.core.containsKey(e.id()) && !s.links.containsKey(e.id())) {
                    s.outer.put(e.id(), e);
                }
            });
        }
        return s;
    }

    private void second(FtmEntity e, FtmFilter filter, Set<String> wanted, ImportReport report) {
        FtmSchemas.Ends ends = FtmSchemas.LINKS.get(e.schema());
        if (ends != null) {
            List<String> a = e.values(ends.from());
            List<String> b = e.values(ends.to());
            boolean touches = a.stream().anyMatch(core::containsKey) || b.stream().anyMatch(core::containsKey);
            if (!touches) {
                return;
            }
            if (!filter.inForce(e)) {
                report.skip(e.schema(), "not in force on " + filter.asOf());
                return;
            }
            links.put(e.id(), e);
            wanted.addAll(a);
            wanted.addAll(b);
        } else if (e.schema().equals("Sanction") && e.values("entity").stream().anyMatch(core::containsKey)) {
            links.put(e.id(), e);
        } else if (e.schema().equals("BankAccount") && (e.values("holder").stream().anyMatch(core::containsKey)
                || e.values("bank").stream().anyMatch(core::containsKey))) {
            links.put(e.id(), e);
        }
    }

    /** A kept entity by id (core, link or one step out), or null. */
    FtmEntity get(String id) {
        FtmEntity e = core.get(id);
        if (e == null) {
            e = outer.get(id);
        }
        return e == null ? links.get(id) : e;
    }
}
