package org.moneymen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.moneymen.io.RunFiles;

/**
 * The parameter form as a person uses it, in a real headless Chromium: grouped by process and closed, found by
 * searching, the changes listed apart with an undo each, the Run button in view wherever one is in the form, and a
 * file that cannot be read leaving the page as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class FormBrowserTest {
    static final Path RUNS = Path.of("target", "browser-test-runs-form");

    BrowserSession session;
    Page page;

    @BeforeAll
    void start() throws Exception {
        session = BrowserSession.start(RUNS);
        page = session.page;
        session.open("/");
        page.selectOption("#scenario-select", "purge-2013");
        assertThat(page.locator("#scenario-about")).containsText("2013");
    }

    @AfterAll
    void stop() throws Exception {
        session.close();
    }

    /** Presses Run and waits for the run's results; its id is the one the page's address names once they show. */
    private String runAndWait() {
        String before = page.url();
        page.click("#run-button");
        page.waitForCondition(() -> !page.url().equals(before), new Page.WaitForConditionOptions().setTimeout(120_000));
        String id = page.url().replaceAll(".*\\?run=", "");
        assertThat(page.locator("#results-title")).containsText("run " + id + ":");
        return id;
    }

    private boolean inView(String selector) {
        return (Boolean) page.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight; }", selector);
    }

    @Test
    @Order(1)
    void theFormIsGroupedByProcess_closedButForTheRun_andTheRunButtonIsInView() {
        assertThat(page.locator("details.group")).not().hasCount(0);
        assertThat(page.locator("details.group[data-group='purges'] > summary")).containsText("Process 5: purges");
        assertThat(page.locator("details.group[open]")).hasCount(1);
        assertThat(page.locator("details.group[open]")).hasAttribute("data-group", "run");
        assertThat(page.locator(".param[data-path='quota.recall_line']")).isHidden();
        // Open a group far down the form and a section in it, and go to its last field: Run is still in view.
        page.click("details[data-group='network'] > summary");
        page.click("details[data-section='companies'] > summary");
        page.locator("#param-form details[data-section='companies'] .param").last().scrollIntoViewIfNeeded();
        assertThat(inView("#run-button")).isTrue();
        session.shot("30-form-grouped.png");
        page.click("details[data-group='network'] > summary");
    }

    @Test
    @Order(2)
    void searchingShowsTheMatchingParametersOnly_andOpensTheirGroups() {
        page.fill("#param-search", "recall_line");
        assertThat(page.locator("#param-search-count")).hasText("1 parameter matches \u201crecall_line\u201d.");
        assertThat(page.locator(".param[data-path='quota.recall_line']")).isVisible();
        assertThat(page.locator("#param-form .param:visible")).hasCount(1);
        page.fill("#param-search", "chill");
        assertThat(page.locator("#param-search-count")).containsText("parameters match \u201cchill\u201d");
        assertThat(page.locator(".param[data-path='purges[0].chill_depth']")).isVisible();
        page.fill("#param-search", "no such words anywhere");
        assertThat(page.locator("#param-search-count")).hasText("No parameter matches \u201cno such words anywhere\u201d.");
        page.fill("#param-search", "");
        assertThat(page.locator("details.group[open]")).hasCount(1);
        assertThat(page.locator("#param-search-count")).containsText("parameters, grouped by the process");
    }

    @Test
    @Order(3)
    void theChangesAreListedApart_eachWithAnUndo() {
        assertThat(page.locator("#your-changes")).containsText("none yet");
        page.fill("#param-search", "recall_line");
        page.fill("[name='quota.recall_line']", "1.5");
        page.fill("#param-search", "chill_depth");
        page.fill("[name='purges[0].chill_depth']", "0");
        assertThat(page.locator("#your-changes li")).hasCount(2);
        assertThat(page.locator("#your-changes li[data-path='quota.recall_line']")).containsText("1 \u2192 1.5");
        assertThat(page.locator("#your-changes li[data-path='purges[0].chill_depth']")).containsText("0.5 \u2192 0");
        session.shot("31-form-changes.png");
        page.click("button[aria-label='Undo the change of quota.recall_line']");
        assertThat(page.locator("#your-changes li")).hasCount(1);
        assertThat(page.locator("[name='quota.recall_line']")).hasValue("1");
        page.fill("#param-search", "");
    }

    @Test
    @Order(4)
    void aFileThatCannotBeReadLeavesThePageAsItWas_andRunRunsTheScenarioShown() throws Exception {
        String before = page.locator("#scenario-about").textContent();
        page.setInputFiles("#scenario-file", new FilePayload("broken.yaml", "text/yaml",
                "name: broken\nstart: 2013-01-01\nmonths: [oops\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#upload-problems")).isVisible();
        assertThat(page.locator("#upload-problems")).containsText("broken.yaml was not loaded");
        assertThat(page.locator("#upload-problems")).containsText("Run runs that one");
        assertThat(page.locator("#scenario-about")).hasText(before);
        assertThat(page.locator("#your-changes li")).hasCount(1);
        assertThat(page.locator("#scenario-file")).hasValue("");
        session.shot("32-upload-refused.png");
        String id = runAndWait();
        String resolved = Files.readString(RUNS.resolve(id).resolve(RunFiles.RESOLVED));
        assertThat(resolved).contains("name: purge-2013").contains("chill_depth: 0");
    }

    @Test
    @Order(5)
    void thePurgesAreEditedWithTheirOwnEditor_notAsText() throws Exception {
        page.click("#reset-button");
        assertThat(page.locator("#your-changes")).containsText("none yet");
        page.click("details[data-group='purges'] > summary");
        page.click("details[data-section='purges'] > summary");
        var editor = page.locator(".list-editor[data-list='purges']");
        assertThat(editor).containsText("1 purge in this run");
        assertThat(editor).containsText("date 2013-12-08, patron jang");
        // The patron is chosen from the scenario's own.
        assertThat(editor.locator("select[data-field='patron'] option")).containsText(new String[] {"(none)", "jang"});
        page.click("button[aria-label='Remove purge 1']");
        assertThat(editor).containsText("0 purges in this run");
        assertThat(page.locator("#your-changes li[data-path='purges']")).containsText("now 0 items ([])");
        // The old purge's fields are the list as it was: not sent, not editable.
        assertThat(page.locator("[name='purges[0].chill_depth']")).isDisabled();
        editor.locator("button[aria-label='Add the purge']").click();
        assertThat(editor).containsText("Give its date first.");
        editor.locator("input[data-field='date']").fill("2014-06-01");
        editor.locator("select[data-field='patron']").selectOption("jang");
        editor.locator("input[data-field='description']").fill("A later purge: \"what if\", 2014");
        editor.locator("button[aria-label='Add the purge']").click();
        assertThat(editor).containsText("1 purge in this run");
        session.shot("33-purge-editor.png");
        String id = runAndWait();
        var purges = org.moneymen.scenario.ScenarioLoader.load(RUNS.resolve(id).resolve(RunFiles.RESOLVED),
                java.util.List.of()).purges();
        assertThat(purges).hasSize(1);
        assertThat(purges.get(0).patron()).isEqualTo("jang");
        assertThat(purges.get(0).date()).isEqualTo(java.time.LocalDate.of(2014, 6, 1));
        assertThat(purges.get(0).description()).isEqualTo("A later purge: \"what if\", 2014");
        // Undo takes the list back as it was, fields and all.
        page.click("button[aria-label='Undo the change of purges']");
        assertThat(editor).containsText("1 purge in this run");
        assertThat(editor).containsText("date 2013-12-08");
        assertThat(page.locator("[name='purges[0].chill_depth']")).isEnabled();
        assertThat(page.locator("#your-changes")).containsText("none yet");
    }
}
