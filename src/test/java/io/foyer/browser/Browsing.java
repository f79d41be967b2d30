package io.foyer.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The browsers of one test. Each {@link #newPage()} is a separate person: a fresh context with its
 * own cookies, pointed at the application under test, so {@code page.navigate("/login")} works.
 * Everything is closed after the test.
 */
final class Browsing implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();

    Browsing(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("en-GB")
                .setTimezoneId("UTC")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        return context.newPage();
    }

    /**
     * The part of a mailed link after the host. Mails carry the configured base URL (plain
     * {@code http://localhost} in tests), while the test server listens on a random port.
     */
    static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Keeps what every open page showed when a test failed, to see why. */
    void screenshotAll(String name) {
        int n = 0;
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                try {
                    screenshot(page, "failures/" + name + "-" + (++n));
                } catch (RuntimeException ignored) {
                    // A page that crashed or closed has nothing to show.
                }
            }
        }
    }

    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            context.close();
        }
        contexts.clear();
    }
}
