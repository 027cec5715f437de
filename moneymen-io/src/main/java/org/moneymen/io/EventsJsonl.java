package org.moneymen.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.moneymen.kernel.SimCalendar;
import org.moneymen.model.ModelEvent;

/**
 * The event log as JSON lines: {@code day}, {@code date}, {@code type}, then the ids involved ({@code official},
 * {@code company}, {@code counterpart}, {@code deal}, {@code account}, {@code other}: a second official), {@code usd},
 * {@code ratio}, and the typed facts ({@code cause}, {@code step}, {@code city}, {@code organ}, {@code family_at_home},
 * {@code commodity}, {@code days}) and {@code detail} where they apply.
 */
public final class EventsJsonl {

    private EventsJsonl() {
    }

    /** Writes one line per event. */
    public static void write(Writer out, List<ModelEvent> events, SimCalendar calendar) throws IOException {
        for (ModelEvent e : events) {
            writeLine(out, e, calendar);
        }
    }

    /**
     * Writes one event as a line. Built by hand (numbers, fixed keys, and the detail escaped by Jackson's string
     * encoder) rather than through a generator per line: a large network logs tens of millions of events.
     */
    public static void writeLine(Writer out, ModelEvent e, SimCalendar calendar) throws IOException {
        StringBuilder b = new StringBuilder(160);
        b.append("{\"day\":").append(e.day())
                .append(",\"date\":\"").append(calendar.date(e.day())).append('"')
                .append(",\"type\":\"").append(e.type().label()).append('"');
        id(b, "official", e.official());
        id(b, "company", e.company());
        id(b, "counterpart", e.counterpart());
        id(b, "deal", e.deal());
        id(b, "account", e.account());
        id(b, "other", e.other());
        if (!Double.isNaN(e.usd())) {
            b.append(",\"usd\":").append(Numbers.decimal(e.usd(), 2));
        }
        if (!Double.isNaN(e.ratio()) && !Double.isInfinite(e.ratio())) {
            b.append(",\"ratio\":").append(Numbers.decimal(e.ratio(), 4));
        }
        if (e.cause() != null) {
            b.append(",\"cause\":\"").append(e.cause().label()).append('"');
        }
        if (e.step() != null) {
            b.append(",\"step\":\"").append(e.step().label()).append('"');
        }
        id(b, "city", e.city());
        if (e.organ() != null) {
            b.append(",\"organ\":\"");
            ESCAPE.quoteAsString(e.organ(), b);
            b.append('"');
        }
        if (e.familyAtHome() != null) {
            b.append(",\"family_at_home\":").append(e.familyAtHome().booleanValue());
        }
        if (e.commodity() != null) {
            b.append(",\"commodity\":\"").append(e.commodity().label()).append('"');
        }
        id(b, "days", e.days());
        if (e.detail() != null) {
            b.append(",\"detail\":\"");
            ESCAPE.quoteAsString(e.detail(), b);
            b.append('"');
        }
        b.append("}\n");
        out.append(b);
    }

    private static final com.fasterxml.jackson.core.io.JsonStringEncoder ESCAPE =
            com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();

    private static void id(StringBuilder b, String name, int id) {
        if (id >= 0) {
            b.append(",\"").append(name).append("\":").append(id);
        }
    }
}
