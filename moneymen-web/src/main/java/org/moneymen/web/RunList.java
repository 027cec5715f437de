package org.moneymen.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs the page can list: those this server started (any state), the what-ifs it started, and the finished run,
 * what-if and sweep folders in the runs folder, newest first.
 */
final class RunList {

    private RunList() {
    }

    static List<Map<String, Object>> of(RunManager runs, WhatIfs whatIfs) throws IOException {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (WebRun r : runs.all().values()) {
            if (r.state() == WebRun.State.DONE && runs.folder(r.id()).isPresent()) {
                continue; // listed from its folder, with its stamp and date
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("kind", "run");
            m.put("name", r.scenario().name());
            m.put("seed", r.scenario().seed());
            m.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
            byId.put(r.id(), m);
        }
        for (WhatIfJob j : whatIfs.all()) {
            if (j.state() != WhatIfJob.State.DONE) {
                byId.put(j.id(), j.view());
            }
        }
        if (Files.isDirectory(runs.root())) {
            try (var dirs = Files.list(runs.root())) {
                for (var dir : dirs.toList()) {
                    String id = dir.getFileName().toString();
                    if (byId.containsKey(id)) {
                        continue;
                    }
                    var run = runs.folder(id);
                    if (run.isPresent()) {
                        byId.put(id, FolderAbout.run(id, run.get()));
                    } else {
                        RunFolders.sweep(runs.root(), id).ifPresent(d -> byId.put(id, FolderAbout.sweep(id, d)));
                    }
                }
            }
        }
        List<Map<String, Object>> list = new ArrayList<>(byId.values());
        // Newest first (runs going have no date yet and come first), then by id.
        list.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.getOrDefault("date", "~")))
                .reversed().thenComparing(m -> (String) m.get("id")));
        return list;
    }
}
