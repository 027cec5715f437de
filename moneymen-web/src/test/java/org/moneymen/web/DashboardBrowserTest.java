package org.moneymen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
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
import org.moneymen.io.AtomicDirectory;
import org.moneymen.io.Stamp;

/**
 * The dashboard in a real headless Chromium (Debian's, driven by Playwright): the steps an analyst takes, in order,
 * with a screenshot of each under target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class DashboardBrowserTest {
    static final Path SHOTS = Path.of("target", "screenshots");

    /** The runs the browser makes, kept after the tests for a look (target/ is wiped by mvn clean). */
    static final Path RUNS = Path.of("target", "browser-test-runs");

    /** The server's stamp, its command with markup in it: the page must show it as text. */
    static final Stamp STAMP = new Stamp("9.9.9-test", "0123456789abcdef0123456789abcdef01234567-dirty",
            "moneymen serve --runs '<img src=x onerror=\"window.pwned=1\">'");

    TestServer server;
    Playwright playwright;
    Browser browser;
    Page page;
    String baselineRun;

    @BeforeAll
    void start() throws Exception {
        AtomicDirectory.deleteTree(RUNS);
        server = new TestServer(RUNS, DashboardConfig.defaults().withStamp(STAMP));
        // A short run of another scenario, made beforehand, to compare with.
        baselineRun = TestServer.json(server.run("baseline", Map.of("months", "36", "start", "2013-01-01")))
                .get("id").asText();
        server.follow(baselineRun);
        Files.createDirectories(SHOTS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        page = Chromium.page(browser, true);
    }

    @AfterAll
    void stop() throws Exception {
        Chromium.close(browser, playwright, server);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(false));
    }

    @Test
    @Order(1)
    void pageOpensWithTheShippedScenariosAndAFormOfParameters() {
        page.navigate(server.url("/"));
        page.waitForSelector("body[data-ready=true]");
        page.selectOption("#scenario-select", "purge-2013");
        assertThat(page.locator("#scenario-about")).containsText("Runs 36 months from 1 January 2013");
        assertThat(page.locator(".param[data-path='quota.recall_line']")).containsText("Allowed: 0 to 100");
        assertThat(page.locator(".param[data-path='quota.recall_line']")).containsText("Unit: earned / quota");
        shot("01-page-opened.png");
    }

    @Test
    @Order(2)
    void aBadValueIsRefusedWithTheFieldNamed() {
        page.click("details[data-group='quota'] > summary");
        page.click("details[data-section='quota'] > summary");
        page.fill("[name='quota.recall_line']", "500");
        page.click("#run-button");
        assertThat(page.locator("#form-problems")).containsText("quota.recall_line");
        assertThat(page.locator("#form-problems")).containsText("outside the allowed range 0 to 100");
        assertThat(page.locator(".param.bad[data-path='quota.recall_line'] .error")).isVisible();
        assertThat(page.locator("#watch")).isHidden();
        shot("02-bad-value-refused.png");
        page.click("#reset-button");
        assertThat(page.locator("#form-problems")).isHidden();
    }

    @Test
    @Order(3)
    void runningPurge2013StreamsTheMonthsThenShowsTheResults() {
        page.click("#run-button");
        assertThat(page.locator("#watch")).isVisible();
        page.waitForSelector("#progress-text:has-text('Month 36 of 36')");
        assertThat(page.locator("#results")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(60_000));
        page.locator("#watch").scrollIntoViewIfNeeded();
        shot("03-run-watched.png");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void theInflowChartDropsAfterThePurgeDate_whichIsMarked() {
        Map<String, Object> chart = (Map<String, Object>) page.evaluate("() => {"
                + " const o = echarts.getInstanceByDom(document.getElementById('chart-inflow')).getOption();"
                + " return {months: o.xAxis[0].data, values: o.series[0].data, marks: o.series[0].markLine.data}; }");
        List<String> months = (List<String>) chart.get("months");
        List<Number> values = (List<Number>) chart.get("values");
        List<Map<String, Object>> marks = (List<Map<String, Object>>) chart.get("marks");
        assertThat(months).hasSize(36).startsWith("Jan 2013").endsWith("Dec 2015");
        assertThat(marks).hasSize(1);
        assertThat(marks.get(0).get("xAxis")).isEqualTo("Dec 2013");
        assertThat((String) marks.get(0).get("name")).contains("Jang Song Thaek", "8 December 2013");
        int purge = months.indexOf("Dec 2013");
        double before = mean(values.subList(purge - 6, purge));
        double after = mean(values.subList(purge + 1, purge + 7));
        assertThat(after).as("mean monthly inflow in the 6 months after the purge vs before (%,.0f USD)", before)
                .isLessThan(before); // the drop the page must show; its size over seeds is PatternPurgeTest's
        page.locator("#results").scrollIntoViewIfNeeded();
        shot("04-charts.png");
    }

    private static double mean(List<Number> xs) {
        return xs.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
    }

    @Test
    @Order(5)
    void theNetworkShowsSummonedOfficialsAfterThePurge() {
        page.locator("#chart-network").scrollIntoViewIfNeeded();
        Object summonedShown = page.evaluate("() => {"
                + " const o = echarts.getInstanceByDom(document.getElementById('chart-network')).getOption();"
                + " const s = o.series[0]; const cat = s.categories.findIndex(c => c.name.startsWith('Summoned'));"
                + " return s.data.filter(n => n.category === cat).length; }");
        assertThat(page.locator("#network-date")).containsText("End of December 2013");
        assertThat(((Number) summonedShown).intValue()).as("officials shown as summoned at the end of the purge month")
                .isPositive();
        shot("05-network.png");
    }

    @Test
    @Order(6)
    void clickingASummonedOfficialTellsHisStory() {
        page.selectOption("#official-filter", "summoned");
        page.locator("#officials button").first().click();
        assertThat(page.locator("#story")).containsText("Summoned home in the purge");
        assertThat(page.locator("#story-title")).containsText("The story of official");
        assertThat(page.locator("#story")).containsText("December 2013");
        page.locator("#story-title").scrollIntoViewIfNeeded();
        shot("06-story.png");
    }

    @Test
    @Order(7)
    void everyOutputFileCanBeDownloaded() throws Exception {
        assertThat(page.locator("#files a")).hasCount(5);
        Download d = page.waitForDownload(() -> page.locator("#files a", new Page.LocatorOptions()
                .setHasText("timeseries.csv")).click());
        assertThat(Files.readString(d.path())).startsWith("month,date,office39_inflow_usd");
    }

    @Test
    @Order(8)
    void theRunSaysWhichBuildAndCommandMadeIt_asText() {
        assertThat(page.locator("#made-by")).isVisible();
        assertThat(page.locator("#made-by")).hasText("made by moneymen " + STAMP.version() + " (" + STAMP.commit()
                + "), command: " + STAMP.command());
        assertThat(page.locator("#made-by *")).hasCount(0);
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        page.locator("#made-by").scrollIntoViewIfNeeded();
        shot("08-made-by.png");
    }

    @Test
    @Order(9)
    void twoRunsCompareSideBySide() {
        page.selectOption("#compare-a", baselineRun);
        page.click("#compare-button");
        assertThat(page.locator("#compare-table")).containsText("A: " + baselineRun);
        assertThat(page.locator("#compare-table")).containsText("B: purge-2013-1");
        assertThat(page.locator("#compare-table")).containsText("Officials ordered home in a purge (count)");
        // What differs between the two scenarios, their purge among it, is listed before the totals.
        assertThat(page.locator("#compare-differences")).containsText("purges[0]");
        page.locator("#compare").scrollIntoViewIfNeeded();
        shot("07-compare.png");
    }
}
