package org.moneymen.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.moneymen.kernel.SimCalendar;
import org.moneymen.model.ModelEvent;

/**
 * The event log as JSON lines: {@code day}, {@code date}, {@code type}, then the ids involved ({@code official},
 * {@code company}, {@code counterpart}, {@code deal}, {@code account}, {@code other}: a second official), {@code usd}, {@code ratio} and
 * {@code detail} where they apply.
 */
public final class EventsJsonl {
    private static final JsonFactory JSON = new JsonFactory();

    private EventsJsonl() {
    }

    /** Writes one line per event. */
    public static void write(Writer out, List<ModelEvent> events, SimCalendar calendar) throws IOException {
        for (ModelEvent e : events) {
            writeLine(out, e, calendar);
        }
    }

    /** Writes one event as a line. */
    public static void writeLine(Writer out, ModelEvent e, SimCalendar calendar) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeNumberField("day", e.day());
        g.writeStringField("date", calendar.date(e.day()).toString());
        g.writeStringField("type", e.type().label());
        id(g, "official", e.official());
        id(g, "company", e.company());
        id(g, "counterpart", e.counterpart());
        id(g, "deal", e.deal());
        id(g, "account", e.account());
        id(g, "other", e.other());
        if (!Double.isNaN(e.usd())) {
            g.writeFieldName("usd");
            g.writeNumber(Numbers.decimal(e.usd(), 2));
        }
        if (!Double.isNaN(e.ratio()) && !Double.isInfinite(e.ratio())) {
            g.writeFieldName("ratio");
            g.writeNumber(Numbers.decimal(e.ratio(), 4));
        }
        if (e.detail() != null) {
            g.writeStringField("detail", e.detail());
        }
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private static void id(JsonGenerator g, String name, int id) throws IOException {
        if (id >= 0) {
            g.writeNumberField(name, id);
        }
    }
}
