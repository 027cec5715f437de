package org.moneymen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An analyst's question asked in a real headless Chromium: what did the purge of 2013 cost, and for how long? A paired
 * what-if of purge-2013 with and without its purge on 10 pairs of seeds, run from the page; the difference with its
 * interval and the months until the money came back; reopened after a reload, from the list of past runs and by its
 * address; and its two points compared with what differs between them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class WhatIfBrowserTest {
    static final Path RUNS = Path.of("target", "browser-test-runs-whatif");
    private static final LocatorAssertions.IsVisibleOptions LONG = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(240_000);

    BrowserSession session;
    TestServer server;
    Page page;
    String id;

    @BeforeAll
    void start() throws Exception {
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

    private void ready(String path) {
        session.open(path);
    }

    /** The what-if's figures as the server gives them, to check the page's words against. */
    private JsonNode whatIf() throws Exception {
        return TestServer.json(server.get("/api/whatifs/" + id));
    }

    @Test
    @Order(1)
    void aPairedWhatIfRunsFromThePage_andShowsTheDifferenceWithItsIntervalAndTheRecovery() throws Exception {
        ready("/");
        page.selectOption("#scenario-select", "purge-2013");
        assertThat(page.locator("#scenario-about")).containsText("2013");
        page.click("#whatif-nopurge");
        assertThat(page.locator("#whatif-changes .path")).hasValue("purges");
        assertThat(page.locator("#whatif-changes .value")).hasValue("[]");
        page.fill("#whatif-replicas", "10");
        page.click("#whatif-button");
        assertThat(page.locator("#whatif-result")).isVisible(LONG);
        id = new java.net.URI(page.url()).getQuery().replace("run=", "");
        assertThat(id).startsWith("purge-2013-whatif-");
        JsonNode w = whatIf();
        assertThat(w.get("comparison").get("pairs").asInt()).isEqualTo(10);

        assertThat(page.locator("#whatif-differences")).containsText("purges[0]");
        assertThat(page.locator("#whatif-differences")).containsText("none");
        // The money total: both means, the paired difference and its interval, as the server computed them.
        JsonNode money = w.get("comparison").get("totals").get(0);
        String row = page.locator("#whatif-totals tbody tr").first().textContent();
        assertThat(row).contains("Money received by Office No. 39", number(money.get("difference").asDouble()),
                number(money.get("low").asDouble()) + " USD to " + number(money.get("high").asDouble()));
        assertThat(page.locator("#whatif-method")).containsText("paired");
        // How long it lasted, in the page's words and the server's numbers.
        JsonNode rec = w.get("recovery");
        String recovery = page.locator("#whatif-recovery").textContent();
        assertThat(recovery).contains(rec.get("not_within_run").asInt() + " of 10 pairs are not back within the run");
        if (rec.get("recovered").asInt() > 0) {
            assertThat(recovery).contains(rec.get("recovered").asInt() + " of 10 pairs come back within 10%");
        }
        // Both charts are drawn: two sides with bands, and the difference with its band and a zero line.
        Object seriesCount = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart-whatif'))"
                + ".getOption().series.length");
        assertThat(((Number) seriesCount).intValue()).isEqualTo(6);
        Object months = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart-whatif-diff'))"
                + ".getOption().series[2].data.length");
        assertThat(((Number) months).intValue()).isEqualTo(w.get("comparison").get("series").get("dates").size());
        // The two sides are the same until the purge of 8 December 2013; the recovery is counted from that month, and
        // the difference chart marks the mean month the pairs that come back are back.
        assertThat(rec.get("first_difference").asText()).isEqualTo("2013-12");
        assertThat(recovery).contains("counted from the first month the two differ (Dec 2013)");
        if (rec.get("recovered").asInt() > 0) {
            java.time.YearMonth back = java.time.YearMonth.parse("2013-12").plusMonths(Math.round(rec.get("mean_months")
                    .asDouble()));
            Object marked = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart-whatif-diff'))"
                    + ".getOption().series[2].markLine.data.map(d => d.xAxis).filter(x => x)");
            assertThat(marked.toString()).contains(back.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy",
                    Locale.ENGLISH)));
        }
        page.locator("#whatif-section").scrollIntoViewIfNeeded();
        shot("20-whatif.png");
        page.locator("#chart-whatif-diff").scrollIntoViewIfNeeded();
        shot("21-whatif-difference.png");
    }

    @Test
    @Order(2)
    void aReloadReopensIt_asItsAddressDoes() throws Exception {
        String recovery = page.locator("#whatif-recovery").textContent();
        page.reload();
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("#whatif-result")).isVisible();
        assertThat(page.locator("#whatif-recovery")).hasText(recovery);
        ready("/?run=" + id);
        assertThat(page.locator("#whatif-result")).isVisible();
        assertThat(page.locator("#whatif-title")).containsText(id);
        assertThat(page.locator("#whatif-recovery")).hasText(recovery);
        ready("/?run=no-such-run");
        assertThat(page.locator("#run-message")).containsText("names no run or what-if this page can show");
    }

    @Test
    @Order(3)
    void theListOfPastRunsOpensIt() {
        ready("/");
        assertThat(page.locator("#whatif-section")).isHidden();
        var row = page.locator("#past-runs-body tr", new Page.LocatorOptions().setHasText(id));
        assertThat(row).containsText("paired what-if");
        assertThat(row.locator("td").nth(2)).hasText("purge-2013");
        assertThat(row).containsText("10 replicas");
        assertThat(row).containsText("done");
        page.locator("#past-runs").scrollIntoViewIfNeeded();
        shot("22-past-runs.png");
        page.click("button[aria-label='Open " + id + "']");
        assertThat(page.locator("#whatif-result")).isVisible();
        assertThat(page.locator("#whatif-title")).containsText(id);
        assertThat(page.url()).endsWith("?run=" + id);
    }

    @Test
    @Order(4)
    void itsTwoPointsCompare_withTheParameterThatDiffers() throws Exception {
        page.selectOption("#compare-a", id + "#0");
        page.selectOption("#compare-b", id + "#1");
        page.click("#compare-button");
        assertThat(page.locator("#compare-result")).isVisible();
        assertThat(page.locator("#compare-message")).containsText("1 parameter differs");
        assertThat(page.locator("#compare-message")).containsText("paired");
        assertThat(page.locator("#compare-differences")).containsText("purges[0]");
        assertThat(page.locator("#compare-differences")).containsText("2013-12-08");
        JsonNode money = whatIf().get("comparison").get("totals").get(0);
        assertThat(page.locator("#compare-table tbody tr").first()).containsText(number(money.get("low").asDouble())
                + " USD to " + number(money.get("high").asDouble()));
        page.locator("#compare").scrollIntoViewIfNeeded();
        shot("23-compare-points.png");
    }

    /** A figure as the page writes it: whole, with thousands separators. */
    private static String number(double v) {
        return String.format(Locale.US, "%,.0f", v);
    }
}
