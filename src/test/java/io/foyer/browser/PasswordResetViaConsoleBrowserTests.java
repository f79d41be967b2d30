package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.assertStatus;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.identity.StaffRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer resets a forgotten password with the link a support agent reads out of the staff
 * console's mail log.
 *
 * <p>Written against the staff console's agreed contract, which is built on its own branch: nav
 * links "Customers", "Mail log", "Audit log"; the mail log at {@code /console/mail} with a filter
 * field labelled "Recipient" and a "Filter" button, a table whose subject cells link to
 * {@code /console/mail/{id}}, newest first, and the body in {@code <pre class="foyer-mail-body">}.
 * Until the console is merged this test fails; it is tagged so it can be left out
 * ({@code -Dtest='!io.foyer.browser.PasswordResetViaConsoleBrowserTests'} or
 * {@code -DexcludedGroups=console}).
 */
@Tag("console")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class PasswordResetViaConsoleBrowserTests {

    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/password/reset\\?token=\\S+");
    private static final String NEW_PASSWORD = "Quiet-Lantern-Orchard-42";

    @Autowired
    Fixtures fixtures;

    @Test
    void supportReadsTheResetLinkFromTheMailLogAndTheCustomerSetsANewPassword(Page customer, Browsing browsing) {
        var account = fixtures.owner("browser-forgot");
        String email = account.email();

        customer.navigate("/login");
        link(customer, "Forgot your password?").click();
        assertThat(heading(customer)).hasText("Forgot your password?");
        field(customer, "Email or customer number").fill(email);
        button(customer, "Request email").click();
        assertStatus(customer, "you will receive an email");

        Page staff = browsing.newPage();
        staff.navigate("/console/login");
        field(staff, "Email").fill(fixtures.staff(StaffRole.SUPPORT));
        field(staff, "Password").fill(Fixtures.PASSWORD);
        button(staff, "Log in").click();
        link(staff, "Mail log").click();
        field(staff, "Recipient").fill(email);
        button(staff, "Filter").click();
        // Newest first: the reset mail is the one just requested.
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your password reset"))
                .first()
                .click();
        String body = staff.locator("pre.foyer-mail-body").textContent();
        Matcher link = RESET_LINK.matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find())
                .as("reset link in mail body:%n%s", body)
                .isTrue();
        String resetPath = Browsing.pathOf(link.group());

        customer.navigate(resetPath);
        assertThat(heading(customer)).hasText("Choose a new password");
        field(customer, "New password").fill(NEW_PASSWORD);
        field(customer, "Repeat the new password").fill(NEW_PASSWORD);
        button(customer, "Save password").click();
        assertStatus(customer, "Your password has been changed");

        Steps.logIn(customer, email, Fixtures.PASSWORD);
        assertThat(customer.getByRole(AriaRole.ALERT)).hasText("The login name or the password is wrong.");

        Steps.logIn(customer, email, NEW_PASSWORD);
        assertThat(heading(customer)).hasText(account.account().displayName());

        customer.navigate(resetPath);
        assertThat(customer.getByRole(AriaRole.ALERT)).containsText("This link is not valid any more");
        assertThat(field(customer, "New password")).hasCount(0);
    }
}
