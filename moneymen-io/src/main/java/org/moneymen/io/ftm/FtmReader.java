package org.moneymen.io.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams an FtM export (JSON lines) one entity at a time: the file is never held whole, only the line being read.
 * A line that is not an entity (bad JSON, no id or schema, a property value that is not a list of strings) stops
 * the read with its file, line and column; keys FtM lines carry that the importer does not use are skipped.
 */
public final class FtmReader {
    /** The longest line read (a line of an OpenSanctions export is a few kilobytes; notes can make it longer). */
    public static final int MAX_LINE = 4_000_000;

    private static final JsonFactory JSON = new JsonFactory();

    /** What receives each entity. */
    @FunctionalInterface
    public interface Visitor {
        /** Called once per entity, in file order. */
        void visit(FtmEntity entity) throws FtmException;
    }

    private FtmReader() {
    }

    /** Reads every entity of a file, in order. */
    public static void read(Path file, Visitor visitor) throws IOException, FtmException {
        if (!Files.isRegularFile(file)) {
            throw new FtmException(file + ": not a regular file (give an FtM export, one JSON entity a line)");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int number = 0;
            int c;
            boolean more = true;
            while (more) {
                line.setLength(0);
                while ((c = in.read()) != -1 && c != '\n') {
                    if (line.length() >= MAX_LINE) {
                        throw new FtmException(file + ":" + (number + 1) + ":1: line over " + MAX_LINE
                                + " characters; an FtM export has one entity a line");
                    }
                    line.append((char) c);
                }
                more = c != -1;
                number++;
                String text = line.toString();
                if (!text.isBlank()) {
                    visitor.visit(parse(text, file + ":" + number));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new FtmException(file + ": not UTF-8 text (an FtM export is UTF-8 JSON lines)");
        }
    }

    /** Parses one line; {@code where} is its file:line. */
    static FtmEntity parse(String text, String where) throws FtmException {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(where, p.currentTokenLocation(), "expected a JSON object (an FtM entity)");
            }
            String id = null;
            String schema = null;
            Map<String, List<String>> properties = Map.of();
            List<String> datasets = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                switch (key) {
                    case "id" -> id = text(p, where, t, "id");
                    case "schema" -> schema = text(p, where, t, "schema");
                    case "properties" -> properties = properties(p, where, t);
                    case "datasets" -> datasets = strings(p, where, t, "datasets");
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw bad(where, p.currentTokenLocation(), "text after the entity's closing brace");
            }
            if (id == null || id.isBlank()) {
                throw bad(where, null, "the entity has no \"id\"");
            }
            if (schema == null || schema.isBlank()) {
                throw bad(where, null, "entity " + id + " has no \"schema\"");
            }
            return new FtmEntity(id, schema, properties, datasets, where);
        } catch (JsonParseException e) {
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf('\n');
            throw bad(where, e.getLocation(), "not valid JSON: " + (cut < 0 ? msg : msg.substring(0, cut)));
        } catch (IOException e) {
            throw new FtmException(where + ": cannot read: " + e.getMessage());
        }
    }

    private static String text(JsonParser p, String where, JsonToken t, String key) throws IOException, FtmException {
        if (t != JsonToken.VALUE_STRING) {
            throw bad(where, p.currentTokenLocation(), "\"" + key + "\" must be a string");
        }
        return p.getText();
    }

    private static Map<String, List<String>> properties(JsonParser p, String where, JsonToken t)
            throws IOException, FtmException {
        if (t != JsonToken.START_OBJECT) {
            throw bad(where, p.currentTokenLocation(), "\"properties\" must be an object of lists of strings");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            out.put(name, strings(p, where, p.nextToken(), "properties." + name));
        }
        return out;
    }

    private static List<String> strings(JsonParser p, String where, JsonToken t, String key)
            throws IOException, FtmException {
        if (t != JsonToken.START_ARRAY) {
            throw bad(where, p.currentTokenLocation(), "\"" + key + "\" must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
                throw bad(where, p.currentTokenLocation(), "\"" + key + "\" must be a list of strings, found "
                        + p.getText());
            }
            out.add(p.getText());
        }
        return List.copyOf(out);
    }

    private static FtmException bad(String where, JsonLocation at, String message) {
        String column = at == null || at.getColumnNr() < 1 ? "1" : String.valueOf(at.getColumnNr());
        return new FtmException(where + ":" + column + ": " + message);
    }
}
