package io.foyer.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * One Playwright driver and one headless Chromium for the whole test JVM. Starting them costs a
 * few seconds, so {@link BrowserExtension} keeps this in JUnit's root store, which closes it when
 * the run ends.
 */
final class SharedBrowser implements AutoCloseable {

    /** Debian's Chromium; Playwright must never download a browser of its own. */
    private static final String CHROMIUM = System.getenv().getOrDefault("FOYER_CHROMIUM", "/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    SharedBrowser() {
        // Also set for the driver process here (not only in surefire's environment), so that a test
        // started from an IDE does not try to download browsers either.
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(CHROMIUM))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic")));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
        // Two shared cores and a JVM that is still warming up: give pages a little more than 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
