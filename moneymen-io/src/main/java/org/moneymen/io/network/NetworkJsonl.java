package org.moneymen.io.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.moneymen.model.Entity;

/**
 * A run's {@code network.jsonl}: one JSON object per entity that existed during the run, with {@code kind},
 * {@code id}, its attributes and links (snake-case keys, enum values in lower case, absent values left out), in
 * the order the run created them. Written and read through one mapping, so what a reader gets is what the model
 * wrote.
 */
public final class NetworkJsonl {
    /** The file's name in a run folder. */
    public static final String FILE = "network.jsonl";

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Entity.OrganEntity.class, name = "organ"),
        @JsonSubTypes.Type(value = Entity.PatronEntity.class, name = "patron"),
        @JsonSubTypes.Type(value = Entity.CityEntity.class, name = "city"),
        @JsonSubTypes.Type(value = Entity.CompanyEntity.class, name = "company"),
        @JsonSubTypes.Type(value = Entity.PostEntity.class, name = "post"),
        @JsonSubTypes.Type(value = Entity.OfficialEntity.class, name = "official"),
        @JsonSubTypes.Type(value = Entity.CounterpartEntity.class, name = "counterpart"),
        @JsonSubTypes.Type(value = Entity.AccountEntity.class, name = "account"),
        @JsonSubTypes.Type(value = Entity.DealEntity.class, name = "deal")})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private interface Kinds {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Entity.class, Kinds.class)
            .build();

    private NetworkJsonl() {
    }

    /** One entity as a line (with its line end). */
    public static String line(Entity e) {
        try {
            return MAPPER.writerFor(Entity.class).writeValueAsString(e) + "\n";
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("cannot write " + e, x);
        }
    }

    /** Writes one entity as a line. */
    public static void write(Writer out, Entity e) throws IOException {
        out.write(line(e));
    }

    /** Reads every entity of a file in order; a bad line is an error naming the file and line. */
    public static void forEach(Path file, Consumer<Entity> sink) throws IOException {
        forEach(file, null, sink);
    }

    /**
     * Reads the entities of some kinds (all when {@code kinds} is null) in order, the others' lines skipped unparsed
     * (a large run's deals and counterparts are most of the file).
     */
    public static void forEach(Path file, Set<String> kinds, Consumer<Entity> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long n = 0;
            while ((text = in.readLine()) != null) {
                n++;
                if (text.isBlank()) {
                    continue;
                }
                // A line written here starts with its kind: the rest of a line not wanted is never parsed.
                String kind = kinds == null ? null : leadingKind(text);
                if (kind != null && !kinds.contains(kind)) {
                    continue;
                }
                Entity e;
                try {
                    e = MAPPER.readValue(text, Entity.class);
                } catch (JsonProcessingException x) {
                    throw new IOException("line " + n + " of " + file + " is not an entity: "
                            + x.getOriginalMessage(), x);
                }
                if (kinds == null || kinds.contains(e.kind())) {
                    sink.accept(e);
                }
            }
        }
    }

    private static final String KIND_FIRST = "{\"kind\":\"";

    /** The kind a line names first, as lines written here do, or null for a line written otherwise. */
    private static String leadingKind(String text) {
        if (!text.startsWith(KIND_FIRST)) {
            return null;
        }
        int end = text.indexOf('"', KIND_FIRST.length());
        return end < 0 ? null : text.substring(KIND_FIRST.length(), end);
    }
}
