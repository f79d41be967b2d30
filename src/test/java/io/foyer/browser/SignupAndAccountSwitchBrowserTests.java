package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.assertStatus;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A new customer signs up, confirms the address, logs in and works with two accounts. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class SignupAndAccountSwitchBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void signUpConfirmLogInCreateSecondAccountAndSwitchBetweenThem(Page page) {
        String email = Fixtures.uniqueEmail("browser-signup");
        String name = "Sam Signup " + email.replaceAll("\\D", "");

        page.navigate("/signup");
        assertThat(heading(page)).hasText("Create your user");
        field(page, "Name").fill(name);
        field(page, "Email").fill(email);
        field(page, "Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I accept the terms"))
                .check();
        button(page, "Create user").click();

        assertThat(heading(page)).hasText("Log in");
        assertStatus(page, "we sent you a link to confirm your email address");

        page.navigate(Browsing.pathOf(fixtures.latestLinkTo(email)));
        assertStatus(page, "your email address is confirmed");
        link(page, "Log in").click();

        Steps.logIn(page, email, Fixtures.PASSWORD);
        assertThat(heading(page)).hasText(name);
        assertThat(Steps.mainNavigation(page)).isVisible();

        openAccountSwitcher(page);
        link(accountList(page), "Create another account").click();
        assertThat(heading(page)).hasText("Create another account");
        field(page, "Name of the account contact (person or company)").fill("Second Ltd");
        button(page, "Create account").click();
        assertThat(page).hasURL(Pattern.compile("/accounts/\\d+/contact\\?created$"));

        switchTo(page, "Second Ltd");
        assertThat(heading(page)).hasText("Second Ltd");
        assertThat(page.getByLabel("Switch account")).containsText("Second Ltd");

        switchTo(page, name);
        assertThat(heading(page)).hasText(name);
        assertThat(page.getByLabel("Switch account")).containsText(name);

        switchTo(page, "Second Ltd");
        assertThat(heading(page)).hasText("Second Ltd");
    }

    /** The header's account menu: a disclosure whose summary is labelled "Switch account". */
    private static void openAccountSwitcher(Page page) {
        page.getByLabel("Switch account").click();
        assertThat(accountList(page)).isVisible();
    }

    private static Locator accountList(Page page) {
        return page.getByRole(AriaRole.BANNER)
                .getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Accounts"));
    }

    private static void switchTo(Page page, String accountName) {
        openAccountSwitcher(page);
        // Each entry reads "<name> · <customer number>". The pattern runs as a JavaScript regular
        // expression in the browser, which knows no \Q...\E quoting.
        String quoted = accountName.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        accountList(page)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^" + quoted + " · \\d+$")))
                .click();
    }
}
