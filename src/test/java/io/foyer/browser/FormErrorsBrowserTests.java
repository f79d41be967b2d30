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

/**
 * Bad input gets a clear, translated message next to the field: visible, and tied to the field
 * so that a screen reader announces it with the field.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class FormErrorsBrowserTests {

    private static final String FIVE_CHARACTERS = "Kq7#x";

    @Test
    void tooShortPasswordIsExplainedAtThePasswordField(Page page) {
        page.navigate("/signup");
        String email = Fixtures.uniqueEmail("browser-short");
        field(page, "Name").fill("Sam Short");
        field(page, "Email").fill(email);
        field(page, "Password").fill(FIVE_CHARACTERS);
        terms(page, "I accept the terms").check();
        button(page, "Create user").click();

        Locator password = field(page, "Password");
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertThat(password).hasAccessibleDescription("The password needs at least 10 characters.");
        assertThat(page.getByText("The password needs at least 10 characters.")).isVisible();
        // What was typed correctly stays, so only the password needs fixing.
        assertThat(field(page, "Email")).hasValue(email);
        assertThat(field(page, "Name")).not().hasAttribute("aria-invalid", "true");
    }

    @Test
    void tooShortPasswordIsExplainedInGermanAfterSwitchingLanguage(Page page) {
        page.navigate("/login");
        link(page, "Deutsch").click();
        link(page, "Benutzer anlegen").click();
        assertThat(heading(page)).hasText("Benutzer anlegen");

        field(page, "Name").fill("Susi Kurz");
        field(page, "E-Mail").fill(Fixtures.uniqueEmail("browser-kurz"));
        field(page, "Passwort").fill(FIVE_CHARACTERS);
        terms(page, "Ich akzeptiere die AGB").check();
        button(page, "Benutzer anlegen").click();

        Locator password = field(page, "Passwort");
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertThat(password).hasAccessibleDescription("Das Passwort braucht mindestens 10 Zeichen.");
        assertThat(page.getByText("Das Passwort braucht mindestens 10 Zeichen."))
                .isVisible();
    }

    @Test
    void unacceptedTermsAreExplainedAtTheCheckbox(Page page) {
        page.navigate("/signup");
        field(page, "Name").fill("Sam Terms");
        field(page, "Email").fill(Fixtures.uniqueEmail("browser-terms"));
        field(page, "Password").fill(Fixtures.PASSWORD);
        button(page, "Create user").click();

        Locator terms = terms(page, "I accept the terms");
        assertThat(terms).not().isChecked();
        assertThat(terms).hasAttribute("aria-invalid", "true");
        assertThat(terms).hasAccessibleDescription("Please accept the terms to continue.");
        assertThat(page.getByText("Please accept the terms to continue.")).isVisible();
    }

    private static Locator terms(Page page, String label) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(label));
    }
}
