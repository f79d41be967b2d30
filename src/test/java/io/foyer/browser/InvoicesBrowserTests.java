package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.billing.internal.BillingFixtures;
import io.foyer.billing.internal.Issuing;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member with only the billing permission finds the invoices in the navigation (and no member
 * management), opens the payment request, sees how to pay it by transfer and copies a payment
 * link, which opens without login.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class InvoicesBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSupport support;

    @Autowired
    Issuing issuing;

    @Test
    void aBillingMemberSeesInvoicesNotServicesPaysByTransferAndSharesAPaymentLink(Page page) {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "browser-inv");
        var request = BillingFixtures.request(issuing, owner.account().id());
        var member = fixtures.member(owner.account(), "browser-inv-billing", Set.of(Permission.BILLING));

        Steps.logIn(page, member.email(), Fixtures.PASSWORD);
        page.navigate("/accounts/" + owner.account().id());
        var navigation = Steps.mainNavigation(page);
        assertThat(link(navigation, "Invoices")).isVisible();
        assertThat(link(navigation, "Users")).hasCount(0);
        assertThat(link(navigation, "Settings")).hasCount(0);
        assertThat(link(navigation, "Services")).hasCount(0);
        var services = page.navigate("/accounts/" + owner.account().id() + "/services");
        org.assertj.core.api.Assertions.assertThat(services.status()).isEqualTo(403);
        page.navigate("/accounts/" + owner.account().id());

        link(navigation, "Invoices").click();
        assertThat(heading(page)).hasText("Invoices");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unpaid")))
                .hasAttribute("aria-current", "page");
        link(page, request.number()).click();
        assertThat(heading(page)).hasText("Payment request " + request.number());

        page.getByLabel("Bank transfer").check();
        button(page, "Continue").click();
        var bank =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Bank details for your transfer"));
        assertThat(bank).containsText("DE89370400440532013000");
        assertThat(bank).containsText(request.number());
        assertThat(bank).containsText("not instant");
        assertThat(page.getByLabel(Pattern.compile("^From the balance"))).isDisabled();

        button(page, "Create payment link").click();
        var url = page.getByLabel("Payment link to copy");
        assertThat(url).hasValue(Pattern.compile("/pay/pl_[A-Za-z0-9_-]{43}$"));
        String path = url.inputValue().replaceFirst("^https?://[^/]+", "");

        page.context().clearCookies();
        page.navigate(path);
        assertThat(heading(page)).hasText("Payment request " + request.number());
        assertThat(link(page, "Download PDF")).isVisible();

        page.navigate(path + "x");
        assertThat(heading(page)).hasText("This payment link does not exist");
    }
}
