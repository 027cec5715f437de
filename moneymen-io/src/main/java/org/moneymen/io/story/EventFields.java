package org.moneymen.io.story;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.AccountLoss;
import org.moneymen.model.DealStop;
import org.moneymen.model.EventCause;
import org.moneymen.model.EventType;
import org.moneymen.model.InvestigationOutcome;
import org.moneymen.model.RecallCause;
import org.moneymen.model.ReviewOutcome;
import org.moneymen.model.Route;
import org.moneymen.model.config.ApprovalStep;

/** The model's values an event's labels name: its type, its cause (whose kind the type decides), step, goods. */
final class EventFields {
    /** The causes each type of event may give, by file label: a label means nothing without its type. */
    private static final Map<EventType, Map<String, EventCause>> CAUSES = new EnumMap<>(EventType.class);
    private static final Map<String, ApprovalStep> STEPS = byLabel(ApprovalStep.values(), ApprovalStep::label);
    private static final Map<String, Commodity> GOODS = byLabel(Commodity.values(), Commodity::label);

    static {
        causes(RecallCause.values(), EventType.RECALLED);
        causes(ReviewOutcome.values(), EventType.REVIEWED);
        causes(InvestigationOutcome.values(), EventType.INVESTIGATED);
        causes(DealStop.values(), EventType.DEAL_REJECTED, EventType.DEAL_COLLAPSED);
        causes(Route.values(), EventType.DEFECTED, EventType.ARRESTED);
        causes(AccountLoss.values(), EventType.ACCOUNT_LOST);
    }

    private EventFields() {
    }

    private static void causes(EventCause[] values, EventType... types) {
        for (EventType t : types) {
            CAUSES.put(t, byLabel(values, EventCause::label));
        }
    }

    private static <T> Map<String, T> byLabel(T[] values, Function<T, String> label) {
        return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(label, v -> v));
    }

    /** The type a label names. */
    static EventType type(String label) {
        EventType t = EventType.ofLabel(label);
        if (t == null) {
            throw new IllegalArgumentException("unknown event type '" + label + "'");
        }
        return t;
    }

    /** The cause a label names for an event of a type. */
    static EventCause cause(EventType type, String label) {
        Map<String, EventCause> known = CAUSES.get(type);
        if (known == null) {
            throw new IllegalArgumentException(type.label() + " events have no cause, got '" + label + "'");
        }
        EventCause c = known.get(label);
        if (c == null) {
            throw new IllegalArgumentException("'" + label + "' is not a cause of " + type.label() + " events ("
                    + sorted(known.keySet()) + ")");
        }
        return c;
    }

    /** The approval step a label names. */
    static ApprovalStep step(String label) {
        return named(STEPS, label, "an approval step");
    }

    /** The goods a label names. */
    static Commodity commodity(String label) {
        return named(GOODS, label, "a commodity");
    }

    private static <T> T named(Map<String, T> known, String label, String what) {
        T v = known.get(label);
        if (v == null) {
            throw new IllegalArgumentException("'" + label + "' is not " + what + " (" + sorted(known.keySet())
                    + ")");
        }
        return v;
    }

    private static String sorted(java.util.Collection<String> labels) {
        List<String> l = labels.stream().sorted().toList();
        return String.join(", ", l);
    }
}
