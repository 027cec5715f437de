package org.moneymen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The world scenario's network (226 companies in 47 cities, some 900 officials) in a real headless Chromium: cities
 * as groups with their companies, no official drawn until a company is clicked, then that company's only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class WorldNetworkBrowserTest {
    static final Path RUNS = Path.of("target", "browser-test-runs-world");

    BrowserSession session;
    TestServer server;
    Page page;
    String run;

    @BeforeAll
    void start() throws Exception {
        session = BrowserSession.start(RUNS);
        server = session.server;
        page = session.page;
        run = TestServer.json(server.run("world", Map.of("months", "12"))).get("id").asText();
        assertThat(server.follow(run).get(server.follow(run).size() - 1)).startsWith("done");
    }

    @AfterAll
    void stop() throws Exception {
        session.close();
    }

    /** Nodes drawn, by kind, and the officials drawn by company. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> drawn() {
        return (Map<String, Object>) page.evaluate("() => {"
                + " const s = echarts.getInstanceByDom(document.getElementById('chart-network')).getOption().series[0];"
                + " const kinds = {}; s.data.forEach(n => { kinds[n.kind] = (kinds[n.kind] || 0) + 1; });"
                + " return {total: s.data.length, kinds,"
                + "  officials: s.data.filter(n => n.kind === 'official').map(n => n.tip)}; }");
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void theWorldIsDrawnAsCitiesWithTheirCompanies_andNoOfficialYet() {
        page.navigate(server.url("/#run=" + run));
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("#results")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        page.locator("#chart-network").scrollIntoViewIfNeeded();
        Map<String, Object> d = drawn();
        Map<String, Number> kinds = (Map<String, Number>) d.get("kinds");
        assertThat(kinds.get("city").intValue()).isEqualTo(47);
        assertThat(kinds.get("company").intValue()).isEqualTo(226);
        assertThat(kinds.get("official")).as("officials drawn before any company is opened").isNull();
        // The labels shown do not overlap, in the browser's pixels; the cities' come first.
        List<Map<String, Object>> labels = (List<Map<String, Object>>) page.evaluate(
                "() => window.moneymen.networkView.labels");
        List<String> cities = (List<String>) page.evaluate("() => window.moneymen.network.companies"
                + ".map(c => c.city).filter((c, i, all) => all.indexOf(c) === i)");
        assertThat(labels.stream().filter(l -> cities.contains((String) l.get("name"))).count())
                .as("city labels shown of 47").isGreaterThan(20);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < i; j++) {
                assertThat(overlap(labels.get(i), labels.get(j))).as("labels %s and %s overlap",
                        labels.get(i).get("name"), labels.get(j).get("name")).isFalse();
            }
        }
        assertThat(page.locator("#network-open")).containsText("0 of 226 companies opened");
        page.screenshot(new Page.ScreenshotOptions().setPath(DashboardBrowserTest.SHOTS.resolve("12-world-network.png")));
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double ax = d(a, "x"), ay = d(a, "y"), bx = d(b, "x"), by = d(b, "y");
        return ax < bx + d(b, "w") && bx < ax + d(a, "w") && ay < by + d(b, "h") && by < ay + d(a, "h");
    }

    private static double d(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void clickingACompanyShowsItsOfficialsOnly_andClickingAgainHidesThem() {
        int before = ((Number) drawn().get("total")).intValue();
        // The company with the most officials at the month shown, clicked where the browser draws it.
        Map<String, Object> target = (Map<String, Object>) page.evaluate("() => {"
                + " const c = echarts.getInstanceByDom(document.getElementById('chart-network'));"
                + " const net = window.moneymen.network, m = Number(document.getElementById('network-month').value);"
                + " const count = {}; net.officials.forEach(o => { const ch = network.statusAt(o, m);"
                + "   if (ch) count[ch[2]] = (count[ch[2]] || 0) + 1; });"
                + " const id = Number(Object.keys(count).sort((a, b) => count[b] - count[a])[0]);"
                + " const n = c.getOption().series[0].data.find(x => x.kind === 'company' && x.company === id);"
                + " const [px, py] = c.convertToPixel({seriesIndex: 0}, [n.x, n.y]);"
                + " const r = c.getDom().getBoundingClientRect();"
                + " return {id, officials: count[id], x: r.left + px, y: r.top + py}; }");
        page.mouse().click(((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue());
        int id = ((Number) target.get("id")).intValue();
        assertThat(page.locator("#network-open")).containsText("1 of 226 companies opened");
        Map<String, Object> d = drawn();
        List<String> officials = (List<String>) d.get("officials");
        assertThat(page.evaluate("() => window.moneymen.networkView.expanded")).isEqualTo(List.of(id));
        assertThat(officials).hasSize(((Number) target.get("officials")).intValue())
                .allSatisfy(tip -> assertThat(tip).contains("<br>company " + id));
        assertThat(((Number) d.get("total")).intValue()).isEqualTo(before + officials.size())
                .isLessThan(before + 40);
        page.screenshot(new Page.ScreenshotOptions().setPath(DashboardBrowserTest.SHOTS.resolve("13-world-opened.png")));

        page.mouse().click(((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue());
        assertThat(page.locator("#network-open")).containsText("0 of 226 companies opened");
        assertThat(((Number) drawn().get("total")).intValue()).isEqualTo(before);
        System.out.println("world network renders (ms, nodes, links): "
                + page.evaluate("() => JSON.stringify(window.moneymen.networkView.renders)"));
    }

    @Test
    @Order(3)
    void aKeyPlayerAnalysisOfTheWorldIsRefusedWithWhatToDo() throws Exception {
        var res = server.post("/api/runs/" + run + "/keyplayers", "{}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res).get("error").asText()).contains("854 posts", "more than the 3,000",
                "./moneymen keyplayers");
        page.reload();
        page.waitForSelector("body[data-ready=true]");
        page.click("#kp-button");
        assertThat(page.locator("#kp-message")).containsText("more than the 3,000 the dashboard runs");
        assertThat(page.locator("table.keyplayers")).hasCount(0);
    }
}
