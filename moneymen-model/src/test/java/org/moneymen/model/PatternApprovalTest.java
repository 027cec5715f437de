package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.ApprovalStep;
import org.moneymen.model.config.ApprovalStepSpec;
import org.moneymen.model.config.OrganSpec;
import org.moneymen.model.config.Scenario;

/**
 * Pattern 5: approval lead time is set by the bottleneck organ and grows with rivalry. Squeezing one step's capacity
 * makes it the reported bottleneck and lengthens the median lead time; making the approval organs rivals of the
 * companies' patrons lengthens it too. Margin: 4 Welch standard errors over eight replicates.
 */
class PatternApprovalTest {
    static final int REPLICATES = 8;

    static Scenario squeezed(Scenario s, ApprovalStep step, int capacity) {
        List<ApprovalStepSpec> steps = new ArrayList<>();
        for (ApprovalStepSpec spec : s.approval().steps()) {
            steps.add(spec.step() == step ? Recs.with(spec, "capacity", capacity) : spec);
        }
        return Recs.with(s, "approval", Recs.with(s.approval(), "steps", steps));
    }

    static Scenario rivalApprovers(Scenario s) {
        List<OrganSpec> organs = new ArrayList<>();
        for (OrganSpec o : s.organs()) {
            organs.add(o.kind() == org.moneymen.model.config.OrganKind.APPROVAL
                    ? Recs.with(o, "rivals", List.of("gsd", "ssd")) : o);
        }
        return Recs.with(s, "organs", organs);
    }

    @Test
    void theSqueezedStepBecomesTheBottleneckAndSetsTheLeadTime() {
        List<Double> normal = new ArrayList<>();
        for (ApprovalStep step : List.of(ApprovalStep.TRADE_OFFICE, ApprovalStep.PLANNING)) {
            List<Double> squeezedLead = new ArrayList<>();
            for (long seed = 1; seed <= REPLICATES; seed++) {
                RunSummary s = TinyScenarios.run(squeezed(TinyScenarios.twoCities(48, seed), step, 1)).summary();
                assertThat(s.approvalBottleneck()).as("bottleneck, seed " + seed).isEqualTo(step.label());
                squeezedLead.add(s.approvalLeadTimeDaysMedian());
                if (step == ApprovalStep.TRADE_OFFICE) {
                    normal.add(TinyScenarios.run(TinyScenarios.twoCities(48, seed)).summary().approvalLeadTimeDaysMedian());
                }
            }
            assertThat(Stats.welchT(squeezedLead, normal)).as("Welch t, lead time squeezed at " + step + " minus normal")
                    .isGreaterThan(4);
        }
    }

    @Test
    void leadTimeGrowsWithRivalry() {
        List<Double> neutral = new ArrayList<>();
        List<Double> rival = new ArrayList<>();
        for (long seed = 1; seed <= REPLICATES; seed++) {
            Scenario s = TinyScenarios.twoCities(48, seed);
            neutral.add(TinyScenarios.run(s).summary().approvalLeadTimeDaysMedian());
            rival.add(TinyScenarios.run(rivalApprovers(s)).summary().approvalLeadTimeDaysMedian());
        }
        assertThat(Stats.welchT(rival, neutral)).as("Welch t, lead time with rival approvers minus neutral").isGreaterThan(4);
    }
}
