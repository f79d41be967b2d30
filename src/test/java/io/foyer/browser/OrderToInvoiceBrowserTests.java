package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.identity.StaffRole;
import io.foyer.subscription.Services;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.OrderingFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole way from an order to an invoice: the customer orders a plan and gets a payment
 * request, billing staff record the bank transfer in the console, the service becomes active and
 * the customer downloads the invoice as PDF.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class OrderToInvoiceBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CatalogAdministration catalog;

    @Autowired
    DemoSupport support;

    @Autowired
    Billing billing;

    @Autowired
    Services services;

    @Autowired
    MutableClock clock;

    @Test
    void orderPaymentRequestStaffRecordsTransferServiceActiveInvoicePdf(Page customer, Browsing browsing)
            throws Exception {
        var shop = new OrderingFixtures(catalog, support, fixtures);
        var owner = shop.customer("order-invoice");
        long plan = shop.plan("E2E");
        String name = shop.name(plan);
        long accountId = owner.account().id();

        Steps.logIn(customer, owner.email(), Fixtures.PASSWORD);
        customer.navigate("/order");
        var card = customer.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName(name));
        card.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("12 months: 100.00 EUR"))
                .check();
        button(customer, "Add to cart: " + name).click();
        link(customer, "Check out").click();
        button(customer, "Continue").click();
        customer.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I accept the terms and conditions"))
                .check();
        button(customer, "Order with obligation to pay").click();
        assertThat(heading(customer)).hasText(Pattern.compile("Order \\d+"));
        DocumentRef request = billing.unpaid(accountId).get(0);

        Page staff = browsing.newPage();
        staff.navigate("/console/login");
        field(staff, "Email").fill(fixtures.staff(StaffRole.BILLING));
        field(staff, "Password").fill(Fixtures.PASSWORD);
        button(staff, "Log in").click();
        staff.navigate("/console/billing/documents");
        link(staff, request.number()).click();
        assertThat(heading(staff)).containsText(request.number());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        field(staff, "Amount received").fill(request.gross().plain());
        field(staff, "Date received").fill(today.toString());
        field(staff, "Reference").fill(request.number());
        button(staff, "Record a bank payment").click();
        assertThat(staff.getByRole(AriaRole.STATUS).first()).hasText("The payment has been recorded.");

        link(Steps.mainNavigation(customer), "Services").click();
        var row = customer.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(name)));
        assertThat(row).containsText("Active");
        assertThat(row).containsText(today.plusYears(1).minusDays(1).toString());

        link(Steps.mainNavigation(customer), "Invoices").click();
        link(customer, "Paid").click();
        long orderId = services.ofAccount(accountId).get(0).orderId();
        DocumentRef invoice =
                billing.documentsFor(accountId, new DocumentOrigin(DocumentOrigin.Kind.ORDER, orderId)).stream()
                        .filter(d -> d.kind() == DocumentKind.INVOICE)
                        .findFirst()
                        .orElseThrow();
        link(customer, invoice.number()).click();
        Download download =
                customer.waitForDownload(() -> link(customer, "Download PDF").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(download.suggestedFilename()).contains(invoice.number());
    }
}
