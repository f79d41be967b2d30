package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.assertStatus;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.account.Actor;
import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.internal.Payments;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.OrderingFixtures;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor chooses a plan, signs in at checkout, orders into their account and sees the payment request. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class OrderingBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CatalogAdministration catalog;

    @Autowired
    DemoSupport support;

    @Autowired
    Billing billing;

    @Autowired
    Payments payments;

    @Autowired
    MutableClock clock;

    @Test
    void choosePlanFillCartSignInCheckOutIntoTheExistingAccountAndSeeThePaymentRequest(Page page) {
        var shop = new OrderingFixtures(catalog, support, fixtures);
        var customer = shop.customer("browser-order");
        long plan = shop.plan("Browser");
        String name = shop.name(plan);
        long accountId = customer.account().id();

        page.navigate("/order");
        assertThat(heading(page)).hasText("Order a service");
        var card = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName(name));
        assertThat(card).containsText("4 GB");
        card.getByRole(
                        AriaRole.RADIO,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("12 months: 100.00 EUR"))
                .check();
        button(page, "Add to cart: " + name).click();
        assertThat(heading(page)).hasText("Cart");
        assertStatus(page, name + " is in your cart.");

        link(page, "Check out").click();
        assertThat(heading(page)).hasText("Log in");
        field(page, "Email or customer number").fill(customer.email());
        field(page, "Password").fill(Fixtures.PASSWORD);
        button(page, "Log in").click();

        assertThat(heading(page)).hasText("Checkout");
        assertThat(page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions()
                                .setName(Pattern.compile(
                                        "customer number " + customer.account().customerNumber()))))
                .isChecked();
        button(page, "Continue").click();

        assertThat(page.getByRole(AriaRole.TABLE)).containsText(name + ", 12 months");
        assertThat(page.locator("[data-total=gross]")).hasText("119.00 EUR");
        button(page, "Order with obligation to pay").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please check the marked fields.");
        assertThat(page.getByText("Please accept the terms and conditions.")).isVisible();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I accept the terms and conditions"))
                .check();
        button(page, "Order with obligation to pay").click();

        assertThat(heading(page)).hasText(Pattern.compile("Order \\d+"));
        DocumentRef request = billing.unpaid(accountId).get(0);
        assertStatus(page, "Thank you for your order");
        assertThat(page.getByText(request.number() + " over 119.00 EUR")).isVisible();

        link(Steps.mainNavigation(page), "Services").click();
        assertThat(heading(page)).hasText("Services");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(name))))
                .containsText("Pending payment");

        // The bank transfer arrives: the service is active for twelve months from today.
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        payments.recordBankPayment(accountId, request.id(), request.gross(), today, "transfer", Actor.system());
        page.reload();
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(name))))
                .containsText("Active");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(name))))
                .containsText(today.plusYears(1).minusDays(1).toString());
    }
}
