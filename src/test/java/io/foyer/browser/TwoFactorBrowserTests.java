package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.assertStatus;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.TotpCodes;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer turns on two-factor authentication with an authenticator app (the test computes the
 * codes from the key the page shows, as an app would) and with a passkey (Chromium's virtual
 * authenticator, driven through the DevTools protocol), and signs in with each.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class TwoFactorBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    private Instant start;

    @BeforeEach
    void rememberClock() {
        start = clock.instant();
    }

    @AfterEach
    void restoreClock() {
        clock.set(start);
    }

    @Test
    void enrolsAnAuthenticatorAppAndSignsInWithItsCode(Page page, Browsing browsing) {
        var owner = fixtures.owner("browser-totp");
        Steps.logIn(page, owner.email(), Fixtures.PASSWORD);
        assertThat(heading(page)).hasText(owner.account().displayName());

        page.navigate("/profile/security");
        assertThat(heading(page)).hasText("Two-factor authentication");
        button(page, "Set up an authenticator app").click();
        assertThat(heading(page)).hasText("Set up an authenticator app");
        assertThat(page.getByRole(
                        AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for your authenticator app")))
                .isVisible();
        String key = page.locator("#totp-secret").textContent().replace(" ", "");
        field(page, "Enter the 6-digit code the app shows").fill("000000");
        button(page, "Turn on").click();
        assertThat(page.getByText("This code does not fit.")).isVisible();
        field(page, "Enter the 6-digit code the app shows").fill(TotpCodes.code(key, clock.instant(), 0));
        button(page, "Turn on").click();
        assertThat(heading(page)).hasText("Your recovery codes");
        assertStatus(page, "Two-factor authentication is on.");
        assertThat(page.locator(".foyer-recovery-codes li")).hasCount(10);
        link(page, "Done").click();

        Page later = browsing.newPage();
        Steps.logIn(later, owner.email(), Fixtures.PASSWORD);
        assertThat(heading(later)).hasText("Two-factor authentication");
        later.navigate("/accounts");
        assertThat(heading(later)).hasText("Two-factor authentication");
        clock.advance(Duration.ofSeconds(30));
        field(later, "Security code").fill(TotpCodes.code(key, clock.instant(), 0));
        button(later, "Verify").click();
        assertThat(heading(later)).hasText(owner.account().displayName());
    }

    @Test
    void registersAPasskeyAndSignsInWithItAloneAndAsSecondFactor(Page page) {
        addVirtualAuthenticator(page);
        var owner = fixtures.owner("browser-passkey");
        Steps.logIn(page, owner.email(), Fixtures.PASSWORD);
        assertThat(heading(page)).hasText(owner.account().displayName());

        page.navigate("/profile/security");
        assertThat(page.getByText("No passkeys yet.")).isVisible();
        button(page, "Add passkey").click();
        assertThat(page.getByText("Please fill in this field.")).isVisible();
        field(page, "Name of the new passkey").fill("Test laptop");
        button(page, "Add passkey").click();
        assertStatus(page, "The passkey has been added.");
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Test laptop").setExact(true)))
                .isVisible();

        // Signed out (a new session in the same browser, which keeps the authenticator).
        page.context().clearCookies();
        page.navigate("/login");
        button(page, "Sign in with a passkey").click();
        assertThat(heading(page)).hasText(owner.account().displayName());

        // With the password, the passkey is asked for as the second factor.
        page.context().clearCookies();
        Steps.logIn(page, owner.email(), Fixtures.PASSWORD);
        assertThat(heading(page)).hasText("Two-factor authentication");
        button(page, "Use a passkey").click();
        assertThat(heading(page)).hasText(owner.account().displayName());

        page.navigate("/profile/security");
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Test laptop").setExact(true)))
                .isVisible();
        button(page, "Remove passkey Test laptop").click();
        assertStatus(page, "The passkey has been removed.");
        assertThat(page.getByText("No passkeys yet.")).isVisible();
    }

    /** A platform authenticator with a PIN or fingerprint that is always given. */
    private static void addVirtualAuthenticator(Page page) {
        var cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject params = new JsonObject();
        params.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", params);
    }
}
