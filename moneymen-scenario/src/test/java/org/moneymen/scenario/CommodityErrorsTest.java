package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Commodity;

/** The commodities a station trades: merged over the defaults, and refused with their position when wrong. */
final class CommodityErrorsTest {
    static final String GOOD = ScenarioErrorsTest.GOOD;

    @Test
    void aStationsCommoditiesMergeOverTheDefaults_andSetReachesThem() throws Exception {
        var s = ScenarioLoader.parse("s.yaml", GOOD + "deals:\n  major_city:\n    commodities:\n"
                + "      coal: {share: 0.9}\n", List.of("deals.border.commodities.land.share=0.2"));
        var mix = s.deals().majorCity().commodities();
        assertThat(mix.coal().share()).isEqualTo(0.9);
        assertThat(mix.coal().marginShare()).as("margin from the default").isEqualTo(0.25);
        assertThat(mix.minerals().share()).as("the others from the defaults").isEqualTo(0.2);
        assertThat(s.deals().border().commodities().traded()).contains(Commodity.LAND);
    }

    @Test
    void anUnknownCommodityIsNamedWithItsPositionAndTheAllowedOnes() {
        Problem p = ScenarioErrorsTest.only(ScenarioErrorsTest.fail(GOOD
                + "deals:\n  major_city:\n    commodities:\n      coel: {share: 0.5}\n"));
        assertThat(p.location()).isEqualTo(new Location("s.yaml", 15, 7));
        assertThat(p.path()).isEqualTo("deals.major_city.commodities.coel");
        assertThat(p.message()).contains("unknown key 'coel'", "did you mean 'coal'", "land", "machinery");
    }

    @Test
    void aShareOutsideItsRange_orAStationTradingNothing_isRefusedWhereItIsWritten() {
        Problem range = ScenarioErrorsTest.only(ScenarioErrorsTest.fail(GOOD
                + "deals:\n  border:\n    commodities:\n      coal: {share: 1.5}\n"));
        assertThat(range.location()).isEqualTo(new Location("s.yaml", 15, 21));
        assertThat(range.message()).contains("outside the allowed range 0 to 1 (share)");
        Problem nothing = ScenarioErrorsTest.only(ScenarioErrorsTest.fail(GOOD + "deals:\n  europe:\n"
                + "    commodities:\n      minerals: {share: 0}\n      textiles: {share: 0}\n"
                + "      machinery: {share: 0}\n"));
        assertThat(nothing.path()).isEqualTo("deals.europe.commodities");
        assertThat(nothing.location().line()).isEqualTo(15);
        assertThat(nothing.message()).contains("every commodity a share of 0", "coal, minerals, seafood");
    }
}
