package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** The language links in the header switch every text, before and after logging in. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class LanguageBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void germanSpeakingCustomerSwitchesTheLoginPageToGermanAndTheDashboardBackToEnglish(Page page) {
        // Logging in applies the user's own language from their profile (it follows them to every
        // device), so this customer speaks German.
        var customer = fixtures.owner("browser-deutsch", "de");

        page.navigate("/login");
        assertThat(heading(page)).hasText("Log in");
        link(languages(page, "Language"), "Deutsch").click();

        assertThat(heading(page)).hasText("Anmelden");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(link(languages(page, "Sprache"), "Deutsch")).hasAttribute("aria-current", "true");
        assertThat(link(page, "Passwort vergessen?")).isVisible();
        field(page, "E-Mail oder Kundennummer").fill(customer.email());
        field(page, "Passwort").fill(Fixtures.PASSWORD);
        button(page, "Anmelden").click();

        assertThat(heading(page)).hasText(customer.account().displayName());
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"));
        assertThat(link(nav, "Übersicht")).isVisible();
        assertThat(link(nav, "Benutzerverwaltung")).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Kundennummer");

        link(languages(page, "Sprache"), "English").click();
        assertThat(link(Steps.mainNavigation(page), "Dashboard")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Customer number");
        assertThat(link(languages(page, "Language"), "English")).hasAttribute("aria-current", "true");
    }

    private static Locator languages(Page page, String navName) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(navName));
    }
}
