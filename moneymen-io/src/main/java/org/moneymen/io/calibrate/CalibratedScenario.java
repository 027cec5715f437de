package org.moneymen.io.calibrate;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moneymen.experiment.calibrate.CalibrationPlan;
import org.moneymen.experiment.calibrate.Generation;
import org.moneymen.experiment.calibrate.Prior;
import org.moneymen.experiment.calibrate.Target;
import org.moneymen.experiment.calibrate.Weighted;
import org.moneymen.model.config.Provenance;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioYaml;
import org.moneymen.scenario.ScenarioValues;

/**
 * calibrated.yaml: the calibrated scenario (as its file reads, without the calibration's own overrides) with each
 * free parameter set to its posterior mean, and each value's provenance saying which calibration set it, when, to
 * which targets, and its 90% credible interval.
 */
final class CalibratedScenario {
    private CalibratedScenario() {
    }

    static String yaml(CalibrationPlan plan, Generation posterior, LocalDate started) throws ScenarioException {
        LoadedScenario original = LoadedScenario.load(plan.scenarioFile(), List.of());
        double[] w = posterior.weights();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Provenance> notes = new LinkedHashMap<>(original.scenario().provenance());
        StringBuilder targets = new StringBuilder();
        for (Target t : plan.targets()) {
            targets.append(targets.length() == 0 ? "" : "; ").append(t.name()).append(" = ")
                    .append(plain(t.value())).append(" (sd ").append(plain(t.sd()))
                    .append(", ").append(t.source()).append(")");
        }
        for (int d = 0; d < plan.priors().size(); d++) {
            Prior p = plan.priors().get(d);
            double[] x = Weighted.column(posterior.values(), d);
            double mean = Weighted.mean(x, w);
            values.put(p.path(), p.scenarioValue(mean));
            String note = String.format(Locale.ROOT, "%s, %s, posterior mean of generation %d (%d particles) matched"
                            + " to targets %s; 90%% interval [%s, %s]; prior %s%s", plan.file(), started,
                    posterior.number(), posterior.size(), targets, round(Weighted.quantile(x, w, 0.05)),
                    round(Weighted.quantile(x, w, 0.95)), p.describe(), p.why().isBlank() ? "" : " (" + p.why() + ")");
            notes.put(p.path(), new Provenance(null, null, null, note));
        }
        Scenario set = original.with(values).scenario();
        Scenario calibrated = withProvenance(set, notes);
        return ScenarioYaml.write(calibrated, "moneymen calibrate " + plan.file() + ": "
                + plan.scenarioFile().getFileName() + " with the posterior means of "
                + String.join(", ", plan.priors().stream().map(Prior::path).toList())
                + ".\nEach value's provenance note gives its 90% credible interval. Run it with: ./moneymen run FILE");
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String round(double v) {
        return ScenarioValues.text(Double.parseDouble(String.format(Locale.ROOT, "%.4g", v)));
    }

    private static Scenario withProvenance(Scenario s, Map<String, Provenance> notes) {
        RecordComponent[] cs = Scenario.class.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        try {
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                args[i] = cs[i].getName().equals("provenance") ? java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes)) : cs[i].getAccessor().invoke(s);
            }
            return Scenario.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy the scenario with new provenance notes: " + e, e);
        }
    }
}
