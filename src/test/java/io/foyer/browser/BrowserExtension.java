package io.foyer.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives browser tests a {@link Page} in a fresh browser context, and a {@link Browsing} when a test
 * needs a second person. The Chromium behind them is shared by the whole test JVM; the contexts
 * are closed after each test, with a screenshot of every open page first if the test failed.
 * Use together with {@code @IntegrationTest}, which starts the application on a random port.
 */
final class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == Browsing.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browsing browsing = browsing(context);
        return parameter.getParameter().getType() == Page.class ? browsing.newPage() : browsing;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browsing browsing = context.getStore(NAMESPACE).get(Browsing.class, Browsing.class);
        if (browsing != null && context.getExecutionException().isPresent()) {
            browsing.screenshotAll(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
        // The store closes the Browsing (and so its contexts) when this test's context ends.
    }

    /** One per test method, closed by JUnit when the method's store is closed. */
    private static Browsing browsing(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .computeIfAbsent(
                        Browsing.class,
                        key -> new Browsing(shared(context).browser(), baseUrl(context)),
                        Browsing.class);
    }

    private static SharedBrowser shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(), SharedBrowser.class);
    }

    private static String baseUrl(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        return "http://localhost:" + port;
    }
}
