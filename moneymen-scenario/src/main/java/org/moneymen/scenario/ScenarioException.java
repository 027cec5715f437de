package org.moneymen.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot run, with every problem found, each with its location. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** Creates the exception from at least one problem. */
    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Creates the exception from one problem. */
    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
