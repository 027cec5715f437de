package org.moneymen.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's headless Chromium, driven by Playwright, for the browser tests (no browser is downloaded). */
final class Chromium {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** A Playwright that uses the system's browser. */
    static Playwright playwright() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The browser tests need Debian's chromium at " + EXECUTABLE
                    + ": apt-get install -y chromium (.ci/run does this)");
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** The browser, headless, with what a container without a GPU or a network needs. */
    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    /** The page every browser test drives: 1400 x 1000, 30 s to wait for anything. */
    static com.microsoft.playwright.Page page(Browser browser, boolean downloads) {
        com.microsoft.playwright.Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000)
                .setAcceptDownloads(downloads));
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** Closes what a test started, each that was started, in the order given (the browser before Playwright). */
    static void close(AutoCloseable... started) throws Exception {
        for (AutoCloseable c : started) {
            if (c != null) {
                c.close();
            }
        }
    }
}
