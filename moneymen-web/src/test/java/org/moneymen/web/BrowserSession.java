package org.moneymen.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.moneymen.io.AtomicDirectory;

/** What a browser test class drives: a real dashboard on a fresh runs folder, Debian's Chromium, and one page. */
final class BrowserSession implements AutoCloseable {
    final TestServer server;
    final Page page;
    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(TestServer server, Playwright playwright, Browser browser, Page page) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
        this.page = page;
    }

    /** Empties {@code runs}, starts the server on it, then the browser and its page. */
    static BrowserSession start(Path runs) throws IOException {
        AtomicDirectory.deleteTree(runs);
        Files.createDirectories(DashboardBrowserTest.SHOTS);
        TestServer server = new TestServer(runs);
        Playwright playwright = Chromium.playwright();
        Browser browser = Chromium.launch(playwright);
        return new BrowserSession(server, playwright, browser, Chromium.page(browser, false));
    }

    /** Opens a page address and waits until the page says it is ready. */
    void open(String path) {
        page.navigate(server.url(path));
        page.waitForSelector("body[data-ready=true]");
    }

    /** Keeps a screenshot of what is on screen, as an artefact under target/screenshots. */
    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(DashboardBrowserTest.SHOTS.resolve(name)));
    }

    @Override
    public void close() throws Exception {
        Chromium.close(browser, playwright, server);
    }
}
