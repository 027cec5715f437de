package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Commodity;

/** A purge's reinterpretation of running deals: off when left out, and refused where it is written when wrong. */
final class ReinterpretationErrorsTest {
    static final String PURGE = ScenarioErrorsTest.GOOD.replace("    patron: gsd", "    patron: admin\n"
            + "    patron_person: jang") + "patrons:\n  - {id: jang, name: Jang Song Thaek, organ: admin}\n"
            + "purges:\n  - date: 2013-06-01\n    patron: jang\n";

    @Test
    void leftOut_itIsOff_withJangsLinesOfBusiness() throws Exception {
        var r = ScenarioLoader.parse("s.yaml", PURGE, List.of()).purges().get(0).reinterpretation();
        assertThat(r.on()).isFalse();
        assertThat(r.commodities()).containsExactly(Commodity.COAL, Commodity.MINERALS, Commodity.LAND);
        var set = ScenarioLoader.parse("s.yaml", PURGE, List.of("purges[0].reinterpretation.reach=0.5"))
                .purges().get(0).reinterpretation();
        assertThat(set.on()).isTrue();
    }

    @Test
    void outcomesAboveOne_orADisputeLongerAtItsShortest_areRefused() {
        ScenarioException e = ScenarioErrorsTest.fail(PURGE + "    reinterpretation:\n"
                + "      renegotiate_probability: 0.6\n      dispute_probability: 0.5\n"
                + "      dispute_min_months: 9\n      dispute_max_months: 3\n");
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).path()).isEqualTo("purges[0].reinterpretation");
        assertThat(e.problems().get(0).message()).contains("above 1");
        assertThat(e.problems().get(0).location().line()).as("the reinterpretation mapping").isEqualTo(19);
        assertThat(e.problems().get(1).path()).isEqualTo("purges[0].reinterpretation.dispute_min_months");
        assertThat(e.problems().get(1).location().line()).isEqualTo(21);
        Problem unknown = ScenarioErrorsTest.only(ScenarioErrorsTest.fail(PURGE
                + "    reinterpretation: {commodities: [coal, zone_lease]}\n"));
        assertThat(unknown.message()).contains("'zone_lease' is not allowed", "land");
    }
}
