package org.moneymen.experiment.calibrate;

import java.util.ArrayList;
import java.util.List;

/** Runs ABC-SMC to its end, from the prior or from the generations a killed calibration finished, then the check. */
public final class Calibration {
    private Calibration() {
    }

    /** Told of each generation as it finishes, and of the predictive check. */
    public interface Listener {
        /** A generation is done (write it before returning: a resume starts after the last one written). */
        void generationDone(Generation g, AbcSmc method) throws Exception;

        /** The posterior-predictive runs start. */
        default void predictive(int particles) {
        }
    }

    /**
     * What a calibration found.
     *
     * @param generations every generation, the first from the prior
     * @param why why it stopped, in words
     * @param predictive the values of the resampled particles of the check
     * @param predicted their simulated target values, each particle on its own seeds
     */
    public record Result(List<Generation> generations, String why, List<double[]> predictive, double[][] predicted) {
        /** The last generation: the posterior sample. */
        public Generation posterior() {
            return generations.get(generations.size() - 1);
        }
    }

    /** Runs the generations after {@code done} (empty: from the prior), then the posterior-predictive check. */
    public static Result run(CalibrationPlan plan, Simulator simulator, List<Generation> done, Listener listener)
            throws Exception {
        AbcSmc abc = new AbcSmc(plan);
        List<Generation> gens = new ArrayList<>(done);
        if (gens.isEmpty()) {
            Generation g = abc.first(simulator);
            gens.add(g);
            listener.generationDone(g, abc);
        }
        while (!abc.done(gens.get(gens.size() - 1))) {
            Generation g = abc.next(gens.get(gens.size() - 1), simulator);
            gens.add(g);
            listener.generationDone(g, abc);
        }
        Generation last = gens.get(gens.size() - 1);
        List<double[]> sample = abc.resample(last, plan.method().predictive());
        listener.predictive(sample.size());
        double[][] predicted = sample.isEmpty() ? new double[0][] : simulator.predict(sample);
        return new Result(List.copyOf(gens), abc.why(last), sample, predicted);
    }
}
