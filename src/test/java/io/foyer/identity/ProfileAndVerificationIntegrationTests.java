package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.WebClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ProfileAndVerificationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    MutableClock clock;

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndThePolicy() {
        var owner = fixtures.owner("change");
        WebClient web = loggedIn(owner.email());
        var wrong = web.postForm(
                "/profile/password",
                "currentPassword",
                "wrong-password-1",
                "password",
                "Fresh-Passphrase-77",
                "confirmation",
                "Fresh-Passphrase-77");
        assertThat(wrong.body()).contains("The current password is wrong");
        var weak = web.postForm(
                "/profile/password",
                "currentPassword",
                Fixtures.PASSWORD,
                "password",
                "password123",
                "confirmation",
                "password123");
        assertThat(weak.body()).contains("among the most common");
        var ok = web.postForm(
                "/profile/password",
                "currentPassword",
                Fixtures.PASSWORD,
                "password",
                "Fresh-Passphrase-77",
                "confirmation",
                "Fresh-Passphrase-77");
        assertThat(ok.redirect()).endsWith("/profile");
        assertThat(new WebClient(port)
                        .login(owner.email(), "Fresh-Passphrase-77")
                        .redirect())
                .endsWith("/accounts");
    }

    @Test
    void personalDataAndLanguageAreSavedAndTheLanguageFollowsTheUser() {
        var owner = fixtures.owner("personal");
        WebClient web = loggedIn(owner.email());
        var saved = web.postForm("/profile", "name", "Petra Personal", "phone", "+49 30 123456", "language", "de");
        assertThat(saved.redirect()).endsWith("/profile");
        assertThat(users.find(owner.userId()).orElseThrow())
                .extracting(UserProfile::name, UserProfile::phone, UserProfile::language)
                .containsExactly("Petra Personal", "+49 30 123456", "de");
        assertThat(web.get("/profile").body()).contains("Persönliche Daten");
        // A new device: the language comes with the login.
        WebClient elsewhere = loggedIn(owner.email());
        assertThat(elsewhere.get("/accounts/" + owner.account().id()).body()).contains("Übersicht");

        var bad = web.postForm("/profile", "name", "", "phone", "call me maybe", "language", "xx");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(users.find(owner.userId()).orElseThrow().name()).isEqualTo("Petra Personal");
    }

    @Test
    void verificationLinksExpireAndCanBeSentAgain() {
        WebClient web = new WebClient(port);
        String email = Fixtures.uniqueEmail("late-verify");
        web.postForm("/signup", "name", "Late", "email", email, "password", Fixtures.PASSWORD, "terms", "true");
        String first = fixtures.latestLinkTo(email);
        clock.advance(Duration.ofDays(4));
        try {
            assertThat(web.get(first.substring(first.indexOf("/verify"))).body())
                    .contains("not valid any more");
            assertThat(web.postForm("/verify/resend", "email", email).body()).contains("a new link is on its way");
            String second = fixtures.latestLinkTo(email);
            assertThat(second).isNotEqualTo(first);
            assertThat(web.get(second.substring(second.indexOf("/verify"))).body())
                    .contains("your email address is confirmed");
        } finally {
            clock.advance(Duration.ofDays(-4));
        }
        assertThat(new WebClient(port).login(email, Fixtures.PASSWORD).redirect())
                .endsWith("/accounts");
    }

    @Test
    void brokenUtf8AndHugeValuesNeverCauseAServerError() {
        var owner = fixtures.owner("utf8");
        WebClient web = loggedIn(owner.email());
        String token = web.csrfToken();
        var broken = web.postFormWithoutCsrf("/profile", "_csrf=" + token + "&name=%C3%28%FF&phone=&language=en");
        assertThat(broken.status()).isLessThan(500);
        var huge = web.postForm("/profile", "name", "n".repeat(1_000_000), "phone", "", "language", "en");
        assertThat(huge.status()).isLessThan(500);
        assertThat(users.find(owner.userId()).orElseThrow().name()).doesNotStartWith("nnnn");
    }

    private WebClient loggedIn(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }
}
