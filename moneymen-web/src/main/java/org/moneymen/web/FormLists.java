package org.moneymen.web;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.model.config.OrganKind;
import org.moneymen.model.config.OrganSpec;
import org.moneymen.model.config.PatronSpec;
import org.moneymen.model.config.PurgeSpec;
import org.moneymen.model.config.RemovalSpec;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.config.ShockSpec;
import org.moneymen.model.param.Doc;
import org.moneymen.scenario.Names;
import org.moneymen.scenario.ScenarioValues;

/**
 * The lists the form edits with a small editor rather than as text: purges, defection shocks and what-if removals.
 * For each, its items as {@code --set} text (so the page can remove one and send the rest back exactly) and the
 * fields a new item is written with: dates, the scenario's own patrons and patron organs to choose from, numbers,
 * words; every other field of a new item takes its default, as in a scenario file that leaves it out.
 */
final class FormLists {
    private FormLists() {
    }

    static List<Map<String, Object>> of(Scenario s) {
        List<String> patrons = s.patrons() == null ? List.of() : s.patrons().stream().map(PatronSpec::id).toList();
        List<String> organs = s.organs() == null ? List.of() : s.organs().stream()
                .filter(o -> o.kind() == OrganKind.PATRON).map(OrganSpec::id).toList();
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(list("purges", "purge", s.purges(), PurgeSpec.class, List.of("date", "patron", "organ", "description"),
                Map.of("patron", patrons, "organ", organs)));
        out.add(list("shocks", "defection shock", s.shocks(), ShockSpec.class, List.of("date", "description",
                "suspicion"), Map.of()));
        out.add(list("removals", "removal", s.removals(), RemovalSpec.class, List.of("date", "post", "account",
                "description"), Map.of()));
        return out;
    }

    private static Map<String, Object> list(String key, String noun, List<? extends Record> items,
                                            Class<? extends Record> type, List<String> fields,
                                            Map<String, List<String>> choices) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("noun", noun);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Record r : items == null ? List.<Record>of() : items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", ScenarioValues.text(r));
            item.put("summary", summary(r, fields));
            shown.add(item);
        }
        m.put("items", shown);
        List<Map<String, Object>> add = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = Names.snake(c.getName());
            if (!fields.contains(name)) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", name);
            Doc d = c.getAnnotation(Doc.class);
            f.put("label", d == null ? name : d.value());
            Class<?> t = c.getType();
            f.put("kind", t == LocalDate.class ? "date" : choices.containsKey(name) ? "choice"
                    : Number.class.isAssignableFrom(t) || t.isPrimitive() ? "number" : "text");
            f.put("choices", choices.get(name));
            f.put("required", c.getAnnotation(org.moneymen.model.param.Optional.class) == null);
            add.add(f);
        }
        m.put("fields", add);
        return m;
    }

    /** "2013-12-08, jang, Jang Song Thaek removed from all posts": an item's first fields, in words. */
    private static String summary(Record r, List<String> fields) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (!fields.contains(Names.snake(c.getName()))) {
                continue;
            }
            try {
                Object v = c.getAccessor().invoke(r);
                if (v != null && !v.toString().isBlank()) {
                    parts.add(Names.snake(c.getName()) + " " + ScenarioForm.text(v));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(", ", parts);
    }
}
