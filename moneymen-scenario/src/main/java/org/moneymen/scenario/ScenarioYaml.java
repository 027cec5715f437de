package org.moneymen.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a scenario back as YAML, every parameter spelt out (defaults included), so the file alone repeats
 * the run. Reading the output back gives an equal scenario.
 */
public final class ScenarioYaml {

    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private ScenarioYaml() {
    }

    /** The YAML text of a value tree built from records. */
    public static String write(Record scenario, String header) {
        try {
            StringBuilder out = new StringBuilder();
            for (String line : header.split("\n")) {
                out.append("# ").append(line).append('\n');
            }
            return out.append(MAPPER.writeValueAsString(tree(scenario))).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario", e);
        }
    }

    /** A record as plain maps, lists and scalars, keys in snake_case in component order, nulls left out. */
    public static Object tree(Object value) {
        if (value instanceof Record r) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    if (v != null) {
                        out.put(Names.snake(c.getName()), tree(v));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(tree(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), tree(v)));
            return out;
        }
        if (value instanceof Enum<?> e) {
            return Names.constant(e);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        return value;
    }
}
