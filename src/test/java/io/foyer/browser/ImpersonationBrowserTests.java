package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.identity.StaffRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Support opens "view as customer" from the console, sees the banner on every page, and ends it. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class ImpersonationBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void supportViewsAsTheCustomerWithABannerOnEveryPageAndEndsTheView(Page staff) {
        var owner = fixtures.owner("browser-imp");
        staff.navigate("/console/login");
        field(staff, "Email").fill(fixtures.staff(StaffRole.SUPPORT));
        field(staff, "Password").fill(Fixtures.PASSWORD);
        button(staff, "Log in").click();
        staff.navigate("/console/accounts/" + owner.account().customerNumber());

        field(staff, "Reason / ticket reference").last().fill("Ticket 815: cannot find the contacts");
        button(staff, "View as customer").click();

        var banner = staff.getByRole(AriaRole.ALERT)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Support view"));
        assertThat(banner).containsText(owner.email());
        assertThat(banner).containsText("Read-only");
        assertThat(banner).containsText("Ticket 815: cannot find the contacts");

        link(staff, "Contacts").click();
        assertThat(heading(staff)).hasText("Contacts");
        assertThat(banner).isVisible();

        button(staff, "End view as customer").click();
        assertThat(staff)
                .hasURL(java.util.regex.Pattern.compile(
                        ".*/console/accounts/" + owner.account().customerNumber() + "$"));
        assertThat(staff.getByText("Support viewed the account as a customer")).isVisible();
        assertThat(staff.getByText("Support stopped viewing the account")).isVisible();
    }
}
