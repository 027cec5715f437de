package org.moneymen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.moneymen.io.ftm.FtmFilter;
import org.moneymen.io.ftm.FtmImport;

/**
 * A scenario imported from FollowTheMoney data, uploaded in a real headless Chromium: its officials and companies go
 * by their names in the page, and the key-player panel ranks them with intervals, kept for a reload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class ImportedScenarioBrowserTest {
    static final Path FTM = Path.of("..", "moneymen-cli", "src", "test", "resources", "ftm", "small.ftm.jsonl");
    static final Path RUNS = Path.of("target", "browser-test-runs-imported");
    static final String MARKUP = "<img src=x onerror=window.__pwned=1>";
    static final String KIM = "Kim " + MARKUP + " Test-chol";

    BrowserSession session;
    TestServer server;
    Page page;
    String yaml;

    @BeforeAll
    void start() throws Exception {
        yaml = FtmImport.run(List.of(FTM), new FtmFilter("kp", null, LocalDate.of(2016, 1, 1)), "ftm-small").yaml()
                // A name in the data may hold markup: the page must show it as text wherever it names him.
                .replace("name: Kim Test-chol", "name: Kim " + MARKUP + " Test-chol");
        session = BrowserSession.start(RUNS);
        server = session.server;
        page = session.page;
    }

    @AfterAll
    void stop() throws Exception {
        session.close();
    }

    private void shot(String name) {
        session.shot(name);
    }

    @Test
    @Order(1)
    void anUploadedImportRunsAndNamesItsOfficialsAndCompanies() {
        assertThat(yaml).contains(KIM, "office39_owner", "warmup_months: 0");
        page.navigate(server.url("/"));
        page.waitForSelector("body[data-ready=true]");
        page.setInputFiles("#scenario-file", new FilePayload("small.yaml", "text/yaml",
                yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#scenario-about")).containsText("Uploaded small.yaml: Imported from FollowTheMoney");
        page.click("#run-button");
        assertThat(page.locator("#results")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        page.selectOption("#official-filter", "all");
        Locator kim = page.locator("#officials tr", new Page.LocatorOptions().setHasText(KIM));
        assertThat(kim).hasCount(1);
        assertThat(kim).containsText("external id t-p1");
        assertThat(kim).containsText("Test Front Ltd; external id t-front), Beijing"); // where he ends the run
        kim.locator("button").click();
        assertThat(page.locator("#story-title")).containsText(KIM);
        assertThat(page.locator("#story")).containsText("Official 1 (" + KIM + "; external id t-p1)");
        assertThat(page.locator("#story")).containsText("head of company 1 (Test Daesong Bank; external id t-bank)");
        // The network names its nodes, and its tooltips say who they are.
        Object names = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart-network'))"
                + ".getOption().series[0].data.filter(n => n.kind === 'official' || n.kind === 'company')"
                + ".map(n => n.name + ' | ' + n.tip)");
        assertThat(String.join("\n", castList(names))).contains(KIM + " | Official 1 (Kim &lt;img src=x"
                + " onerror=window.__pwned=1&gt; Test-chol; external id t-p1)", "Test Front Ltd | Trade company 2 (Test Front Ltd; external id t-front)",
                "Office No. 39, as owner of its companies");
        page.locator("#chart-network").scrollIntoViewIfNeeded();
        shot("10-imported-network.png");
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    @Test
    @Order(2)
    void theKeyPlayerPanelRanksTheOfficialsWithIntervals_andAReloadShowsThem() throws Exception {
        page.click("#kp-button");
        Locator rows = page.locator("table.keyplayers tbody tr");
        assertThat(rows.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        // The small import has 9 posts: every one is shown, each confirmed on fresh seeds.
        assertThat(rows).hasCount(9);
        List<double[]> fresh = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            List<String> cells = rows.nth(i).locator("td").allTextContents();
            assertThat(cells.get(0)).isEqualTo(String.valueOf(i + 1));
            fresh.add(interval(cells.get(4)));
            double[] ranking = interval(cells.get(5));
            assertThat(ranking[1]).isLessThanOrEqualTo(ranking[0]);
            assertThat(ranking[0]).isLessThanOrEqualTo(ranking[2]);
            assertThat(Double.parseDouble(cells.get(6))).as("degree of %s", cells.get(1)).isPositive();
            if (i > 0) {
                assertThat(ranking[0]).as("ranked by loss on the ranking seeds")
                        .isLessThanOrEqualTo(interval(rows.nth(i - 1).locator("td").nth(5).textContent())[0]);
            }
        }
        fresh.forEach(f -> assertThat(f[1]).isLessThanOrEqualTo(f[0]).isLessThan(f[2]));
        assertThat(page.locator("table.keyplayers")).containsText(KIM + " (external id t-p1)");
        assertThat(page.locator("table.keyplayers")).containsText("Test Daesong Bank");
        assertThat(page.locator("#kp-spearman")).containsText("Spearman's rho over the 9 officials): degree ");
        page.locator("#kp-result").scrollIntoViewIfNeeded();
        shot("11-key-players.png");
        String id = page.locator("#compare-b").inputValue();
        assertThat(server.runs.resolve(id).resolve(KeyPlayersAnalyses.FILE)).isRegularFile();

        String before = page.locator("table.keyplayers").textContent();
        page.reload();
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("table.keyplayers")).hasText(before);

        assertThat(page.evaluate("() => document.querySelectorAll('img').length")).isEqualTo(0);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);

        var tooMany = server.post("/api/runs/" + id + "/keyplayers", "{\"replicas\": 500}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(tooMany).get("error").asText()).contains("give 2 to 20");
        var unknown = server.post("/api/runs/" + id + "/keyplayers", "{\"sets\": 3}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).doesNotContain("Exception", "at org.");
    }

    /** "1,234 [-5, 2,000]" as {mean, low, high}. */
    private static double[] interval(String text) {
        String[] parts = text.replace(",", "").replace("[", " ").replace("]", " ").trim().split("\\s+");
        assertThat(parts).as("an interval: %s", text).hasSize(3);
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }
}
