package org.moneymen.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.moneymen.model.Entity;
import org.moneymen.model.EventSink;
import org.moneymen.model.ModelEvent;
import org.moneymen.model.MonthRow;
import org.moneymen.model.RunOutput;
import org.moneymen.model.Simulation;
import org.moneymen.model.config.Scenario;

/** Runs one scenario on the calling thread. */
public final class Runs {
    private Runs() {
    }

    /** Runs a scenario and keeps its event log. */
    public static RunResult run(Scenario scenario) {
        return run(scenario, row -> { });
    }

    /** Runs a scenario, passing each month's row to a listener as it is recorded. */
    public static RunResult run(Scenario scenario, Consumer<MonthRow> onMonth) {
        List<ModelEvent> events = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        EventSink sink = events::add;
        RunOutput out = new Simulation(scenario, sink, entities::add).onMonth(onMonth).run();
        return new RunResult(out, List.copyOf(events), List.copyOf(entities));
    }

    /** Runs a scenario without an event log (for sweeps that only need figures). */
    public static RunOutput runQuiet(Scenario scenario) {
        return new Simulation(scenario, EventSink.NONE).run();
    }
}
