package org.moneymen.io.story;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.EventCause;
import org.moneymen.model.EventType;
import org.moneymen.model.config.ApprovalStep;

/** Reads a run's {@code events.jsonl} back, one event at a time, with Jackson's streaming parser. */
public final class EventLog {
    private static final JsonFactory JSON = new JsonFactory();

    private EventLog() {
    }

    /** Passes every event of the file, in order, to {@code sink}; a bad line is an error naming the file and line. */
    public static void forEach(Path file, Consumer<LoggedEvent> sink) throws StoryException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                sink.accept(parse(file, line, text));
            }
        } catch (IOException e) {
            throw new StoryException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every event of the file, in order. */
    public static List<LoggedEvent> readAll(Path file) throws StoryException {
        List<LoggedEvent> out = new ArrayList<>();
        forEach(file, out::add);
        return out;
    }

    /** Parses one line of the log. */
    static LoggedEvent parse(Path file, long line, String text) throws StoryException {
        int day = -1;
        LocalDate date = null;
        String type = null;
        int official = -1;
        int company = -1;
        int counterpart = -1;
        int deal = -1;
        int account = -1;
        int other = -1;
        double usd = Double.NaN;
        double ratio = Double.NaN;
        String cause = null;
        String step = null;
        int city = -1;
        String organ = null;
        Boolean family = null;
        String commodity = null;
        int days = -1;
        String detail = null;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(file, line, "not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "day" -> day = p.getIntValue();
                    case "date" -> date = LocalDate.parse(p.getText());
                    case "type" -> type = p.getText();
                    case "official" -> official = p.getIntValue();
                    case "company" -> company = p.getIntValue();
                    case "counterpart" -> counterpart = p.getIntValue();
                    case "deal" -> deal = p.getIntValue();
                    case "account" -> account = p.getIntValue();
                    case "other" -> other = p.getIntValue();
                    case "usd" -> usd = p.getDoubleValue();
                    case "ratio" -> ratio = p.getDoubleValue();
                    case "cause" -> cause = p.getText();
                    case "step" -> step = p.getText();
                    case "city" -> city = p.getIntValue();
                    case "organ" -> organ = p.getText();
                    case "family_at_home" -> family = p.getBooleanValue();
                    case "commodity" -> commodity = p.getText();
                    case "days" -> days = p.getIntValue();
                    case "detail" -> detail = p.getText();
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw bad(file, line, e.getMessage().lines().findFirst().orElse("malformed"));
        } catch (IOException e) {
            throw bad(file, line, e.getMessage());
        }
        if (type == null || date == null) {
            throw bad(file, line, "an event needs a type and a date");
        }
        try {
            EventType t = EventFields.type(type);
            EventCause c = cause == null ? null : EventFields.cause(t, cause);
            ApprovalStep s = step == null ? null : EventFields.step(step);
            Commodity g = commodity == null ? null : EventFields.commodity(commodity);
            return new LoggedEvent(line, day, date, t, official, company, counterpart, deal, account, other, usd,
                    ratio, c, s, city, organ, family, g, days, detail);
        } catch (IllegalArgumentException e) {
            throw bad(file, line, e.getMessage());
        }
    }

    private static StoryException bad(Path file, long line, String why) {
        return new StoryException("line " + line + " of " + file + " is not an event: " + why);
    }
}
