package org.moneymen.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moneymen.model.config.Provenance;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;
import org.moneymen.scenario.Names;
import org.moneymen.scenario.Parameter;
import org.moneymen.scenario.Parameters;
import org.moneymen.scenario.ProvenanceLookup;

/** The run form of a scenario: every parameter with its meaning, unit, allowed range and source or assumption. */
final class ScenarioForm {

    private ScenarioForm() {
    }

    /** The form as JSON-ready maps: the scenario's name and dates, its sections and their parameters. */
    static Map<String, Object> of(Scenario s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", s.name());
        out.put("description", s.description());
        out.put("start", s.start().toString());
        out.put("end", s.end().toString());
        out.put("months", s.months());
        Map<String, String> sectionTitles = new LinkedHashMap<>();
        for (RecordComponent c : Scenario.class.getRecordComponents()) {
            Doc d = c.getAnnotation(Doc.class);
            sectionTitles.put(Names.snake(c.getName()), d == null ? c.getName() : d.value());
        }
        List<Map<String, Object>> params = new ArrayList<>();
        for (Parameter p : Parameters.of(s)) {
            params.add(parameter(s, p));
        }
        Map<String, List<Map<String, Object>>> bySection = params.stream().collect(Collectors.groupingBy(
                p -> section((String) p.get("path")), LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> sections = new ArrayList<>();
        bySection.forEach((key, list) -> {
            Map<String, Object> sec = new LinkedHashMap<>();
            sec.put("key", key);
            sec.put("title", key.equals(RUN) ? "The run: name, dates, length and seed" : sectionTitles.getOrDefault(key, key));
            String[] process = PROCESSES.getOrDefault(key, OTHER);
            sec.put("process", process[0]);
            sec.put("process_title", process[1]);
            sec.put("parameters", list);
            sections.add(sec);
        });
        // Sections in the order of the processes they belong to (the run's first), each group's in file order.
        List<String> order = new ArrayList<>(new java.util.LinkedHashSet<>(PROCESSES.values().stream().map(g -> g[0])
                .toList()));
        sections.sort(java.util.Comparator.comparingInt(sec -> {
            int i = order.indexOf((String) sec.get("process"));
            return i < 0 ? order.size() : i;
        }));
        out.put("sections", sections);
        out.put("lists", FormLists.of(s));
        return out;
    }

    /** What the form groups its sections under: the model's processes (ODD section 3), each key and title. */
    private static final String[] OTHER = {"other", "Everything else"};
    private static final Map<String, String[]> PROCESSES = processes();

    private static Map<String, String[]> processes() {
        Map<String, String[]> m = new LinkedHashMap<>();
        String[][] groups = {
            {"run", "The run: name, dates, length and seed", "run"},
            {"network", "The network: organs, patrons, cities, companies, officials, exchange rates",
                "rates organs patrons cities companies officials target_officials"},
            {"deals", "Deal making and process 1, the approval chain", "deals approval"},
            {"earning", "Process 2: earning and remitting", "earning"},
            {"quota", "Process 3: quota review, recall and adaptation", "quota adaptation"},
            {"rivalry", "Process 4: rivalry and rumour, defections outside the network", "rivalry shocks"},
            {"purges", "Process 5: purges and how the summoned respond", "purges response"},
            {"consequences", "Process 6: consequences, vacancies and what-if removals", "staffing removals"},
        };
        for (String[] g : groups) {
            for (String key : g[2].split(" ")) {
                m.put(key, new String[] {g[0], g[1]});
            }
        }
        return m;
    }

    /** The section of the scenario's own scalars (name, start, months, seed, ...). */
    private static final String RUN = "run";

    /** The scenario's top-level lists (purges, shocks, removals...): each its own section, even when empty. */
    private static final java.util.Set<String> LISTS = java.util.Arrays.stream(Scenario.class.getRecordComponents())
            .filter(c -> List.class.isAssignableFrom(c.getType())).map(c -> Names.snake(c.getName()))
            .collect(Collectors.toSet());

    private static String section(String path) {
        if (path.indexOf('.') < 0 && path.indexOf('[') < 0) {
            return LISTS.contains(path) ? path : RUN;
        }
        int cut = path.length();
        for (char ch : new char[] {'.', '['}) {
            int i = path.indexOf(ch);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return path.substring(0, cut);
    }

    private static Map<String, Object> parameter(Scenario s, Parameter p) {
        RecordComponent c = p.component();
        Doc doc = c.getAnnotation(Doc.class);
        Range range = c.getAnnotation(Range.class);
        Class<?> type = c.getType();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", p.path());
        m.put("value", text(p.value()));
        m.put("label", doc == null ? p.path() : doc.value());
        m.put("unit", doc == null || doc.unit().isEmpty() ? null : doc.unit());
        m.put("kind", kind(type));
        if (range != null) {
            m.put("min", Double.isInfinite(range.min()) ? null : range.min());
            m.put("max", Double.isInfinite(range.max()) ? null : range.max());
            m.put("allowed", allowed(range, type));
        } else if (type == boolean.class || type == Boolean.class) {
            m.put("allowed", "yes (true) or no (false)");
        } else if (type.isEnum()) {
            m.put("allowed", "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(e -> Names.constant((Enum<?>) e)).collect(Collectors.joining(", ")));
        } else if (type == LocalDate.class) {
            m.put("allowed", "a calendar date, written 2013-12-08");
        }
        ProvenanceLookup.find(s, p.path()).ifPresent(e -> m.put("note", note(e.getKey(), e.getValue())));
        return m;
    }

    private static Map<String, Object> note(String key, Provenance p) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("key", key);
        n.put("source", p.source());
        n.put("quote", p.quote());
        n.put("assumption", p.assumption());
        n.put("calibrated", p.calibrated());
        return n;
    }

    private static String kind(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "whole number";
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type.isEnum()) {
            return "choice";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list";
        }
        return "text";
    }

    /** The allowed range in words: "0 to 100", "at least 1". */
    static String allowed(Range r, Class<?> type) {
        boolean whole = type == int.class || type == long.class;
        String lo = Double.isInfinite(r.min()) ? null : number(r.min(), whole);
        String hi = Double.isInfinite(r.max()) ? null : number(r.max(), whole);
        String what = whole ? "a whole number " : "";
        if (lo != null && hi != null) {
            return what + lo + " to " + hi;
        }
        return lo != null ? what + "at least " + lo : hi != null ? what + "at most " + hi : "any number";
    }

    private static String number(double d, boolean whole) {
        return whole ? Long.toString((long) d) : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A value as it is written in a scenario file or a --set override. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return Names.constant(e);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(ScenarioForm::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return v.toString();
    }
}
