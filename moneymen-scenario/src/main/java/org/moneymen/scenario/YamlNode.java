package org.moneymen.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so every error can point at its line and column. */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.Scalar {

    /** Where the value starts. */
    Location location();

    /** A short name of the node's shape for error messages. */
    String shape();

    /** A mapping; keys keep their written order. */
    record MapNode(Location location, LinkedHashMap<String, Entry> entries) implements YamlNode {
        @Override
        public String shape() {
            return "a mapping";
        }
    }

    /** A key with its own location and its value. */
    record Entry(Location keyLocation, YamlNode value) {
    }

    /** A sequence. */
    record ListNode(Location location, List<YamlNode> items) implements YamlNode {
        @Override
        public String shape() {
            return "a list";
        }
    }

    /** The YAML kind a scalar was read as. */
    enum ScalarKind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /**
     * A scalar with its text as written and the kind YAML gives it; {@code value} is the typed value when the scalar
     * was set in memory rather than read (null when read), so a number reaches the binder without a text round trip.
     */
    record Scalar(Location location, String text, ScalarKind kind, Object value) implements YamlNode {

        /** A scalar read from text. */
        public Scalar(Location location, String text, ScalarKind kind) {
            this(location, text, kind, null);
        }

        @Override
        public String shape() {
            return switch (kind) {
                case STRING -> "the text '" + text + "'";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "null";
            };
        }
    }

    /** An empty mapping at a location. */
    static MapNode emptyMap(Location location) {
        return new MapNode(location, new LinkedHashMap<>());
    }

    /** Convenience view of a mapping's values. */
    static Map<String, YamlNode> values(MapNode map) {
        Map<String, YamlNode> out = new LinkedHashMap<>();
        map.entries().forEach((k, e) -> out.put(k, e.value()));
        return out;
    }
}
