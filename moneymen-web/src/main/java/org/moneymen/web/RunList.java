package org.moneymen.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The runs the page can list: those this server started (any state) and the finished folders in the runs folder. */
final class RunList {

    private RunList() {
    }

    static List<Map<String, Object>> of(RunManager runs) throws IOException {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (WebRun r : runs.all().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", r.scenario().name());
            m.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
            m.put("start", r.scenario().start().toString());
            m.put("months", r.scenario().months());
            byId.put(r.id(), m);
        }
        if (Files.isDirectory(runs.root())) {
            try (var dirs = Files.list(runs.root())) {
                for (var dir : dirs.toList()) {
                    String id = dir.getFileName().toString();
                    if (!byId.containsKey(id) && runs.folder(id).isPresent()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", id);
                        m.put("state", "done");
                        byId.put(id, m);
                    }
                }
            }
        }
        List<Map<String, Object>> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(m -> (String) m.get("id")));
        return list;
    }
}
