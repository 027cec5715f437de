package org.moneymen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario with markup in every field a user writes, uploaded and run through the page in a real Chromium: every
 * tooltip of every chart and of the network is shown, a story and a comparison are opened, and no payload runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class HostileUploadBrowserTest {
    /** An image whose error handler marks the page and raises an alert: it runs only if a value became markup. */
    static String img(int n) {
        return "<img src=x onerror=\"window.__pwned=" + n + ";alert(" + n + ")\">";
    }

    /** A value that closes an attribute and opens a script. */
    static String script(int n) {
        return "\"><script>window.__pwned=" + n + ";alert(" + n + ")</script>";
    }

    /** YAML single-quoted, so the payload reaches the model exactly as written. */
    static String q(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** purge-2013 with a payload in its name, description, cities, organs, patron and purge description. */
    static String hostileScenario() throws Exception {
        String y = Files.readString(TestServer.SCENARIOS.resolve("purge-2013.yaml"));
        y = y.replace("name: purge-2013", "name: " + q(img(1)))
                .replaceFirst("(?s)description: >-\n.*?\nstart:", "description: " + q(script(2)).replace("$", "\\$")
                        + "\nstart:")
                .replace("name: Beijing,", "name: " + q(img(3)) + ",").replace("city: Beijing,", "city: " + q(img(3)) + ",")
                .replace("name: Shenyang,", "name: " + q(script(4)) + ",")
                .replace("city: Shenyang,", "city: " + q(script(4)) + ",")
                .replace("name: Administrative Department", "name: " + q(img(5)))
                .replace("name: KPA General Staff Department", "name: " + q(script(6)))
                .replace("name: Central Party", "name: " + q(img(7)))
                .replace("name: Jang Song Thaek", "name: " + q(img(8) + script(9)))
                .replace("description: Jang Song Thaek removed", "description: " + q(img(10)) + " # removed");
        return y;
    }

    TestServer server;
    Playwright playwright;
    Browser browser;
    Page page;
    final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path runs) {
        server = new TestServer(runs);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.setDefaultTimeout(30_000);
        // Any alert, confirm or prompt is a payload that ran: record it and close it so the page goes on.
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void markupInEveryUserFieldIsShownAsText_andNeverRuns() throws Exception {
        String fileName = img(11) + ".yaml";
        page.navigate(server.url("/"));
        page.waitForSelector("body[data-ready=true]");
        page.setInputFiles("#scenario-file", new FilePayload(fileName, "text/yaml",
                hostileScenario().getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#scenario-about")).containsText("Uploaded " + fileName + ": " + script(2));
        page.click("#run-button");
        assertThat(page.locator("#results")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        assertThat(page.locator("#results-title")).containsText(img(1));

        List<String> tips = showEveryTooltip();
        // The tooltips were shown, and the names in them are the payloads' text, not elements.
        assertThat(String.join("\n", tips)).contains(img(3), script(4), img(5), img(8) + script(9), img(10));
        assertThat(String.join("\n", tips)).contains("Passed " + img(7));

        page.selectOption("#official-filter", "summoned");
        page.locator("#officials button").first().click();
        assertThat(page.locator("#story")).containsText("Summoned home in the purge");
        assertThat(page.locator("#officials")).containsText(img(3));

        String id = page.locator("#compare-b").inputValue();
        page.selectOption("#compare-a", id);
        page.click("#compare-button");
        assertThat(page.locator("#compare-message")).containsText(img(1));
        tips.addAll(showTooltipsOf("chart-compare"));

        assertThat(page.evaluate("() => document.querySelectorAll('img').length")).isEqualTo(0);
        assertThat(page.evaluate("() => [...document.scripts].filter(s => !s.src).length")).isEqualTo(0);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(dialogs).isEmpty();
    }

    /** Shows the tooltip of every point of every series of every chart on the page, returning each tooltip's text. */
    private List<String> showEveryTooltip() {
        List<String> tips = new ArrayList<>();
        for (String chart : List.of("chart-inflow", "chart-status", "chart-recalls", "chart-deals", "chart-funnel",
                "chart-network")) {
            tips.addAll(showTooltipsOf(chart));
        }
        return tips;
    }

    @SuppressWarnings("unchecked")
    private List<String> showTooltipsOf(String chartId) {
        page.locator("#" + chartId).scrollIntoViewIfNeeded();
        // Each tip is shown by ECharts' own action, and checked at once: a value turned into an element would be
        // in the page (an <img> or an inline <script>) whether or not its handler has fired yet. A purge mark's tip
        // is its formatter's output, parsed in an inert <template> (markers take no showTip by index).
        Map<String, Object> out = (Map<String, Object>) page.evaluate("id => {"
                + " const c = echarts.getInstanceByDom(document.getElementById(id));"
                + " const o = c.getOption(); const tips = []; const bad = [];"
                + " const look = what => {"
                + "   const t = c.getDom().lastElementChild; if (t) tips.push(t.textContent);"
                + "   if (document.querySelectorAll('img').length || [...document.scripts].some(s => !s.src))"
                + "     bad.push(what); };"
                + " o.series.forEach((s, si) => {"
                + "   (s.data || []).forEach((d, di) => {"
                + "     c.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: di}); look(id + ' ' + si + '/' + di);"
                + "   });"
                + "   ((s.markLine && s.markLine.data) || []).forEach(m => {"
                + "     const f = s.markLine.tooltip.formatter; const tip = document.createElement('template');"
                + "     tip.innerHTML = f({name: m.name, data: m}); tips.push(tip.content.textContent);"
                + "     if (tip.content.querySelector(':not(br)')) bad.push(id + ' purge mark ' + m.name);"
                + "   });"
                + " });"
                + " c.dispatchAction({type: 'hideTip'});"
                + " return {tips, bad}; }", chartId);
        assertThat((List<String>) out.get("bad")).as("tooltips of %s that made elements from values", chartId)
                .isEmpty();
        List<String> tips = (List<String>) out.get("tips");
        assertThat(tips).as("tooltips shown on %s", chartId).isNotEmpty();
        return new ArrayList<>(tips);
    }
}
