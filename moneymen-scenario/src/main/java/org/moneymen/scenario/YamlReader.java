package org.moneymen.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.moneymen.scenario.YamlNode.Entry;
import org.moneymen.scenario.YamlNode.ListNode;
import org.moneymen.scenario.YamlNode.MapNode;
import org.moneymen.scenario.YamlNode.Scalar;
import org.moneymen.scenario.YamlNode.ScalarKind;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into {@link YamlNode}s that keep line and column, using Jackson's streaming YAML parser.
 * Duplicate keys are an error (YAML forbids them; silently keeping the last one hides mistakes). Text is held to
 * {@link InputLimits} (size, line length, nesting) before and while it is parsed, and aliases ({@code *name}) are
 * refused: Jackson's streaming parser does not expand them (it would read {@code *a} as the text "a"), and expanding
 * them is how a small file grows without end (billion laughs).
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(InputLimits.MAX_DEPTH + 1).build())
            .build();

    private YamlReader() {
    }

    /**
     * Reads one YAML document.
     *
     * @param source the name errors cite (the file as the user gave it, or the override text)
     * @param text the YAML text
     * @param emptyAllowed whether an empty document reads as an empty mapping rather than an error
     */
    public static YamlNode read(String source, String text, boolean emptyAllowed) throws ScenarioException {
        InputLimits.check(source, text);
        try (Reader reader = new StringReader(text); JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                if (emptyAllowed) {
                    return YamlNode.emptyMap(new Location(source, 1, 1));
                }
                throw new ScenarioException(new Problem(new Location(source, 1, 1), "", "the file is empty"));
            }
            return readValue(source, parser, 1);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null ? new Location(source, 0, 0)
                    : new Location(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new ScenarioException(new Problem(location, "", "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(new Location(source, 0, 0), "", "cannot read: " + e.getMessage()));
        }
    }

    /** A YAML factory with moneymen's limits, for readers of YAML that need no locations (a run folder's files). */
    public static YAMLFactory factory() {
        return FACTORY;
    }

    /** SnakeYAML's own limits, the same as moneymen's: nesting depth, code points, aliases. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setNestingDepthLimit(InputLimits.MAX_DEPTH);
        o.setCodePointLimit((int) InputLimits.MAX_BYTES);
        o.setMaxAliasesForCollections(0);
        o.setAllowRecursiveKeys(false);
        return o;
    }

    private static YamlNode readValue(String source, JsonParser parser, int depth)
            throws IOException, ScenarioException {
        JsonToken token = parser.currentToken();
        Location at = location(source, parser);
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new ScenarioException(new Problem(at, "", "'*" + InputLimits.abbreviate(parser.getText(), 80)
                    + "' is a YAML alias; moneymen reads no aliases (they can make a small file expand without end):"
                    + " write the value out in full"));
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > InputLimits.MAX_DEPTH) {
            throw new ScenarioException(new Problem(at, "", "nested more than " + InputLimits.MAX_DEPTH
                    + " levels deep; mappings and lists may nest at most " + InputLimits.MAX_DEPTH + " levels"));
        }
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = location(source, parser);
                    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                        throw new ScenarioException(new Problem(keyAt, "", "'*" + InputLimits.abbreviate(key, 80)
                                + "' is a YAML alias; moneymen reads no aliases: write the key out"));
                    }
                    parser.nextToken();
                    YamlNode value = readValue(source, parser, depth + 1);
                    Entry previous = entries.put(key, new Entry(keyAt, value));
                    if (previous != null) {
                        throw new ScenarioException(new Problem(keyAt, key,
                                "duplicate key '" + key + "' (first given at line " + previous.keyLocation().line()
                                        + "); give each key once"));
                    }
                }
                return new MapNode(at, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(source, parser, depth + 1));
                }
                return new ListNode(at, items);
            }
            case VALUE_STRING:
                // An empty value ("months:") reads as null: nothing was given.
                return parser.getText().isEmpty() ? new Scalar(at, "null", ScalarKind.NULL)
                        : new Scalar(at, parser.getText(), ScalarKind.STRING);
            case VALUE_NUMBER_INT:
                return new Scalar(at, parser.getText(), ScalarKind.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new Scalar(at, parser.getText(), ScalarKind.DECIMAL);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Scalar(at, parser.getText(), ScalarKind.BOOLEAN);
            case VALUE_NULL:
                return new Scalar(at, "null", ScalarKind.NULL);
            default:
                throw new ScenarioException(new Problem(at, "", "unsupported YAML content: " + token));
        }
    }

    private static Location location(String source, JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(source, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
