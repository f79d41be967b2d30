package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.assertStatus;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner restricts the account to networks that do not include their own address: a wrong
 * line is named, then the page warns and saves only with the box ticked, and afterwards the
 * account is listed as not reachable from here.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class IpRangesBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void savingRangesThatShutOutTheOwnAddressNeedsTheConfirmation(Page page) {
        var owner = fixtures.owner("browser-ipr");
        Steps.logIn(page, owner.email(), Fixtures.PASSWORD);
        link(Steps.mainNavigation(page), "Settings").click();
        link(page, "Security settings").click();
        assertThat(heading(page)).hasText("Security settings");
        // The browser may reach the test server as 127.0.0.1 or ::1; the page says which.
        String address =
                page.locator("p:has-text('Your current address:') strong").textContent();

        field(page, "Allowed IP ranges, one per line").fill("10.0.0.0/8\n2001:db8::1/32");
        button(page, "Save IP ranges").click();
        var ranges = field(page, "Allowed IP ranges, one per line");
        assertThat(ranges).hasAttribute("aria-invalid", "true");
        assertThat(ranges)
                .hasAccessibleDescription(Pattern.compile("^Line 2: \"2001:db8::1/32\" has address bits set after the"
                        + " prefix\\. Write 2001:db8::/32 for the whole network, or 2001:db8::1/128 for this one"
                        + " address\\."));

        ranges.fill("10.0.0.0/8\n2001:db8::/32");
        button(page, "Save IP ranges").click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Your current address " + address + " is not in this list");
        var confirm = page.getByLabel("I understand I will lose access from this address (" + address + ")");
        assertThat(confirm).hasAttribute("aria-invalid", "true");
        assertThat(confirm).not().isChecked();
        assertThat(field(page, "Allowed IP ranges, one per line")).hasValue("10.0.0.0/8\n2001:db8::/32");

        confirm.check();
        button(page, "Save IP ranges").click();
        assertThat(heading(page)).hasText("Choose an account");
        assertStatus(page, "Your address " + address + " is not among them");
        assertThat(page.getByRole(AriaRole.MAIN).getByText("Not reachable from your address " + address))
                .isVisible();
        assertThat(link(page, owner.account().displayName())).hasCount(0);

        page.navigate("/accounts/" + owner.account().id());
        assertThat(heading(page)).hasText("This account cannot be opened from your address");
    }
}
