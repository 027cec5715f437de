package org.moneymen.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moneymen.scenario.YamlNode.Entry;
import org.moneymen.scenario.YamlNode.ListNode;
import org.moneymen.scenario.YamlNode.MapNode;
import org.moneymen.scenario.YamlNode.Scalar;
import org.moneymen.scenario.YamlNode.ScalarKind;

/**
 * Typed parameter values (Double, Long or Integer, Boolean, String, LocalDate, enums, lists, maps, records) as YAML
 * nodes for the binder, as the text {@code --set} would take, and back from YAML text.
 */
public final class ScenarioValues {

    private ScenarioValues() {
    }

    /**
     * The value as {@code --set} text that reads back to the same value: numbers in full (every digit a double
     * needs, no exponent; whole doubles keep ".0" so they stay decimals), dates in ISO form, enums as in YAML.
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return Double.toString(d);
            }
            // BigDecimal.valueOf takes Double.toString's digits, which read back to the same double.
            String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return Names.constant(e);
        }
        if (value instanceof Record r) {
            return text(ScenarioYaml.tree(r));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ScenarioValues::nested).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + nested(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    /**
     * A value inside a list or a map: as {@link #text}, but a text that YAML would read otherwise (a comma, a colon,
     * brackets, quotes, a leading or trailing space, or words YAML reads as a number, a boolean or null) is quoted,
     * so that the whole reads back to the same value.
     */
    private static String nested(Object value) {
        if (!(value instanceof String s)) {
            return text(value);
        }
        boolean plain = !s.isEmpty() && s.equals(s.strip()) && s.chars().noneMatch(c -> ",:[]{}#\"'&*!|>%@`\\".indexOf(c) >= 0
                || c < 0x20) && !s.matches("(?i)(-?[0-9][0-9_.,+eE-]*|true|false|yes|no|on|off|null|~|[.][a-z]+)")
                && !s.startsWith("-") && !s.startsWith("?");
        if (plain) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** The value as a YAML node located at {@code at}, carrying the typed value so the binder takes it as it is. */
    static YamlNode node(Object value, Location at) {
        if (value == null) {
            return new Scalar(at, "null", ScalarKind.NULL);
        }
        if (value instanceof Double || value instanceof Float) {
            return new Scalar(at, text(value), ScalarKind.DECIMAL, ((Number) value).doubleValue());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new Scalar(at, value.toString(), ScalarKind.INTEGER, ((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            // Too large for the binder's numbers, like the same digits in a file: the text decides.
            return new Scalar(at, value.toString(), ScalarKind.INTEGER);
        }
        if (value instanceof BigDecimal) {
            return new Scalar(at, text(value), ScalarKind.DECIMAL);
        }
        if (value instanceof Boolean b) {
            return new Scalar(at, b.toString(), ScalarKind.BOOLEAN, b);
        }
        if (value instanceof String || value instanceof LocalDate || value instanceof Enum<?>) {
            return new Scalar(at, text(value), ScalarKind.STRING, value);
        }
        if (value instanceof Record r) {
            return node(ScenarioYaml.tree(r), at);
        }
        if (value instanceof List<?> list) {
            List<YamlNode> items = new ArrayList<>(list.size());
            list.forEach(v -> items.add(node(v, at)));
            return new ListNode(at, items);
        }
        if (value instanceof Map<?, ?> map) {
            MapNode out = YamlNode.emptyMap(at);
            map.forEach((k, v) -> out.entries().put(String.valueOf(k), new Entry(at, node(v, at))));
            return out;
        }
        throw new IllegalArgumentException("a parameter value is a number, boolean, text, date, enum, list, map or"
                + " record; found a " + value.getClass().getName());
    }

    /**
     * The typed value YAML text means, as {@code --set} reads it: Long, Double, Boolean, String (dates too: the
     * binder reads a text as a date where a date is wanted), List or Map; null for an empty or null value.
     */
    public static Object read(String source, String yaml) throws ScenarioException {
        return yaml.isBlank() ? null : typed(YamlReader.read(source, yaml, false));
    }

    static Object typed(YamlNode node) {
        if (node instanceof ListNode list) {
            List<Object> out = new ArrayList<>(list.items().size());
            list.items().forEach(n -> out.add(typed(n)));
            return Collections.unmodifiableList(out);
        }
        if (node instanceof MapNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.entries().forEach((k, e) -> out.put(k, typed(e.value())));
            return Collections.unmodifiableMap(out);
        }
        Scalar s = (Scalar) node;
        String digits = s.text().replace("_", "");
        try {
            return switch (s.kind()) {
                case NULL -> null;
                case BOOLEAN -> Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
                case INTEGER -> integer(digits.replace("+", ""));
                case DECIMAL -> Double.parseDouble(digits);
                case STRING -> s.text();
            };
        } catch (NumberFormatException e) {
            // Written as a number YAML knows but Java does not read (0x1F, .inf): kept as its text.
            return s.text();
        }
    }

    private static Object integer(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return new BigInteger(digits);
        }
    }
}
