package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.assertStatus;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.billing.DocumentRef;
import io.foyer.renewal.RenewalFixtures;
import io.foyer.renewal.RenewalFixtures.Customer;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A customer renews a service due for renewal for twelve months: dashboard, renewal page, cart, checkout. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class RenewalBrowserTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    Instant start;

    @AfterEach
    void restore() {
        if (start != null) {
            clock.set(start);
        }
    }

    @Test
    void renewNowForTwelveMonthsThroughTheCartAndCheckout(Page page) {
        RenewalFixtures renewals = new RenewalFixtures(context);
        Customer c = renewals.customer("browser-renewal");
        String name = c.service().name();
        start = clock.instant();
        clock.set(c.service().periodEnd().minusDays(5).atTime(9, 0).toInstant(ZoneOffset.UTC));

        Steps.logIn(page, c.email(), Fixtures.PASSWORD);
        page.navigate("/accounts/" + c.accountId());
        assertStatus(page, "1 of your services are due for renewal.");
        link(page, "Renew now").click();

        assertThat(heading(page)).hasText("Service renewal");
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name)))
                .isChecked();
        page.getByLabel("Renewal period for " + name).selectOption("12");
        button(page, "Add to cart").click();

        assertThat(heading(page)).hasText("Cart");
        assertStatus(page, name + " is in your cart.");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Renewal: " + name);
        link(page, "Check out").click();

        assertThat(heading(page)).hasText("Checkout");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Renewal: " + name + ", 12 months");
        assertThat(page.locator("[data-total=gross]")).hasText("119.00 EUR");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I accept the terms and conditions"))
                .check();
        button(page, "Order with obligation to pay").click();

        assertThat(heading(page)).hasText(Pattern.compile("Order \\d+"));
        assertStatus(page, "Your services are renewed when their payment requests have been paid.");
        DocumentRef request = renewals.requests(c).get(0);
        assertThat(page.getByText(request.number() + " over 119.00 EUR")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Renewal: " + name);
    }
}
