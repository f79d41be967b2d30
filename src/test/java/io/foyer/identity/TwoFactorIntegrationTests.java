package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.TotpCodes;
import io.foyer.support.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** TOTP enrolment, the second login step, recovery codes and re-authentication, as a browser does them. */
@IntegrationTest
class TwoFactorIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code>");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private Instant start;

    @BeforeEach
    void rememberClock() {
        start = clock.instant();
    }

    @AfterEach
    void restoreClock() {
        clock.set(start);
    }

    record Enrolment(String secret, List<String> recoveryCodes) {}

    /** Signs in with the password only and switches the authenticator app on. */
    Enrolment enrol(WebClient web) {
        assertThat(web.postForm("/profile/security/totp").redirect()).endsWith("/profile/security/totp");
        String page = web.get("/profile/security/totp").body();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("secret on the page").isTrue();
        assertThat(page).contains("src=\"data:image/svg+xml;base64,");
        String key = secret.group(1).replace(" ", "");
        var confirmed = web.postForm("/profile/security/totp/confirm", "code", TotpCodes.code(key, clock.instant(), 0));
        assertThat(confirmed.redirect()).endsWith("/profile/security/recovery-codes");
        String codesPage = web.get("/profile/security/recovery-codes").body();
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(codesPage);
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        // Shown once: reloading shows them no more.
        assertThat(web.get("/profile/security/recovery-codes").redirect()).endsWith("/profile/security");
        return new Enrolment(key, codes);
    }

    /** The security events of the user, as the audit log recorded them. */
    List<String> auditActions(long userId) {
        return jdbc.sql("select action from account_audit where user_id = ? order by id")
                .param(userId)
                .query(String.class)
                .list();
    }

    WebClient signedIn(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    /** A session that has given the password and now stands at the second step. */
    WebClient atSecondStep(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/login/second-factor");
        return web;
    }

    @Test
    void thePasswordAloneGivesNoAccessOnceTheAppIsOnAndTheCodeCompletesTheLogin() {
        var owner = fixtures.owner("totp-login");
        Enrolment enrolment = enrol(signedIn(owner.email()));
        assertThat(auditActions(owner.userId())).contains("user.2fa-enabled");

        WebClient web = atSecondStep(owner.email());
        assertThat(web.get("/accounts").redirect()).endsWith("/login/second-factor");
        assertThat(web.get("/accounts/" + owner.account().id()).redirect()).endsWith("/login/second-factor");
        assertThat(web.get("/profile").redirect()).endsWith("/login/second-factor");
        assertThat(web.get("/profile/security").redirect()).endsWith("/login/second-factor");
        var step = web.get("/login/second-factor");
        assertThat(step.status()).isEqualTo(200);
        assertThat(step.body())
                .contains("authenticator app")
                .doesNotContain(owner.account().displayName());

        var wrong = web.postForm("/login/second-factor", "code", "000000");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("This code is wrong or has been used already.");
        assertThat(web.get("/accounts").redirect()).endsWith("/login/second-factor");
        assertThat(auditActions(owner.userId())).contains("user.second-factor-failed");

        clock.advance(Duration.ofSeconds(30));
        var right =
                web.postForm("/login/second-factor", "code", TotpCodes.code(enrolment.secret(), clock.instant(), 0));
        assertThat(right.redirect()).endsWith("/accounts");
        assertThat(web.get("/accounts").redirect()).doesNotContain("second-factor");
        assertThat(web.get("/profile").status()).isEqualTo(200);
        // The password step alone is no sign-in; the completed one names the factor that completed it.
        assertThat(logins(owner.userId()))
                .containsSubsequence("true totp", "false second-factor bad-code", "true password");
        assertThat(web.get("/profile/sessions").body()).contains("password and authenticator app");
    }

    /** The user's login history, newest first, as "success factor failure". */
    private java.util.List<String> logins(long userId) {
        return jdbc.sql("select success, factor, failure from identity_login where user_id = ? order by id desc")
                .param(userId)
                .query((rs, n) -> (rs.getBoolean(1) + " " + rs.getString(2) + " "
                                + (rs.getString(3) == null ? "" : rs.getString(3)))
                        .trim())
                .list();
    }

    @Test
    void aCodeIsNeverAcceptedTwiceNorEarlierThanTheLastOne() {
        var owner = fixtures.owner("totp-replay");
        Enrolment enrolment = enrol(signedIn(owner.email()));

        // The code that confirmed the enrolment is used up.
        String enrolmentCode = TotpCodes.code(enrolment.secret(), clock.instant(), 0);
        WebClient first = atSecondStep(owner.email());
        assertThat(first.postForm("/login/second-factor", "code", enrolmentCode).status())
                .isEqualTo(200);

        clock.advance(Duration.ofSeconds(30));
        String code = TotpCodes.code(enrolment.secret(), clock.instant(), 0);
        assertThat(first.postForm("/login/second-factor", "code", code).redirect())
                .endsWith("/accounts");
        // Seen by a second browser (or another node) within the same 30 seconds: refused.
        WebClient second = atSecondStep(owner.email());
        var replay = second.postForm("/login/second-factor", "code", code);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).contains("has been used already");
        // And the code before it, still within the window, is refused too.
        assertThat(second.postForm(
                                "/login/second-factor", "code", TotpCodes.code(enrolment.secret(), clock.instant(), -1))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void oneStepEitherSideIsAcceptedTwoAreNot() {
        var owner = fixtures.owner("totp-window");
        Enrolment enrolment = enrol(signedIn(owner.email()));
        clock.advance(Duration.ofMinutes(5));

        WebClient behind = atSecondStep(owner.email());
        assertThat(behind.postForm(
                                "/login/second-factor", "code", TotpCodes.code(enrolment.secret(), clock.instant(), -1))
                        .redirect())
                .endsWith("/accounts");
        WebClient ahead = atSecondStep(owner.email());
        assertThat(ahead.postForm(
                                "/login/second-factor", "code", TotpCodes.code(enrolment.secret(), clock.instant(), 1))
                        .redirect())
                .endsWith("/accounts");

        clock.advance(Duration.ofMinutes(5));
        WebClient tooFar = atSecondStep(owner.email());
        for (int offset : new int[] {-2, 2}) {
            var refused = tooFar.postForm(
                    "/login/second-factor", "code", TotpCodes.code(enrolment.secret(), clock.instant(), offset));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("This code is wrong");
        }
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNeverAgain() {
        var owner = fixtures.owner("recovery");
        Enrolment enrolment = enrol(signedIn(owner.email()));
        String code = enrolment.recoveryCodes().get(3);

        WebClient web = atSecondStep(owner.email());
        // Typed as people type it: upper case, with spaces.
        assertThat(web.postForm(
                                "/login/second-factor",
                                "code",
                                code.toUpperCase().replace("-", " "))
                        .redirect())
                .endsWith("/accounts");
        assertThat(auditActions(owner.userId())).contains("user.recovery-code-used");
        assertThat(logins(owner.userId()).get(0)).isEqualTo("true recovery-code");
        assertThat(web.get("/profile/security").body()).contains("Unused recovery codes: 9");

        WebClient again = atSecondStep(owner.email());
        var refused = again.postForm("/login/second-factor", "code", code);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("This code is wrong or has been used already.");
    }

    @Test
    void newRecoveryCodesInvalidateTheOldOnesAndNeedAFreshPassword() {
        var owner = fixtures.owner("regenerate");
        WebClient web = signedIn(owner.email());
        Enrolment enrolment = enrol(web);

        clock.advance(Duration.ofMinutes(6));
        var asked = web.postForm("/profile/security/recovery-codes");
        assertThat(asked.redirect()).endsWith("/profile/reauthenticate?next=/profile/security");
        var wrong =
                web.postForm("/profile/reauthenticate", "password", "not-my-password-1", "next", "/profile/security");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("The current password is wrong.");
        var offsite =
                web.postForm("/profile/reauthenticate", "password", Fixtures.PASSWORD, "next", "https://evil.test/");
        assertThat(offsite.redirect()).endsWith("/profile/security").doesNotContain("evil");

        assertThat(web.postForm("/profile/security/recovery-codes").redirect())
                .endsWith("/profile/security/recovery-codes");
        String page = web.get("/profile/security/recovery-codes").body();
        assertThat(page).doesNotContain(enrolment.recoveryCodes().get(0));
        assertThat(auditActions(owner.userId())).contains("user.recovery-codes-regenerated");

        WebClient login = atSecondStep(owner.email());
        assertThat(login.postForm(
                                "/login/second-factor",
                                "code",
                                enrolment.recoveryCodes().get(0))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void turningTheAppOffNeedsAFreshPasswordAndThenThePasswordSufficesAgain() {
        var owner = fixtures.owner("disable");
        WebClient web = signedIn(owner.email());
        enrol(web);

        clock.advance(Duration.ofMinutes(6));
        assertThat(web.postForm("/profile/security/totp/disable").redirect()).contains("/profile/reauthenticate");
        assertThat(web.postForm("/profile/reauthenticate", "password", Fixtures.PASSWORD, "next", "/profile/security")
                        .redirect())
                .endsWith("/profile/security");
        assertThat(web.postForm("/profile/security/totp/disable").redirect()).endsWith("/profile/security");
        assertThat(web.get("/profile/security").body()).contains("has been turned off");
        assertThat(auditActions(owner.userId())).contains("user.2fa-disabled");

        signedIn(owner.email());
    }

    @Test
    void theEnrolmentIsNotActiveUntilConfirmed() {
        var owner = fixtures.owner("pending");
        WebClient web = signedIn(owner.email());
        assertThat(web.postForm("/profile/security/totp").redirect()).endsWith("/profile/security/totp");
        var wrong = web.postForm("/profile/security/totp/confirm", "code", "12345");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("This code does not fit");
        var blank = web.postForm("/profile/security/totp/confirm", "code", "");
        assertThat(blank.body()).contains("Please fill in this field.");

        // Left half way: the next login asks for the password only.
        signedIn(owner.email());
        assertThat(web.get("/profile/security").body()).contains("Set up an authenticator app");
    }

    @Test
    void aHalfSignInExpires() {
        var owner = fixtures.owner("expiry");
        enrol(signedIn(owner.email()));
        WebClient web = atSecondStep(owner.email());
        clock.advance(Duration.ofMinutes(11));
        assertThat(web.get("/login/second-factor").redirect()).endsWith("/login?expired");
        assertThat(web.get("/accounts").redirect()).endsWith("/login");
    }

    @Test
    void thePasswordChangeGoesThroughTheGuard() {
        var owner = fixtures.owner("change-guard");
        WebClient web = signedIn(owner.email());
        for (int i = 0; i < 5; i++) {
            var wrong = web.postForm(
                    "/profile/password",
                    "currentPassword",
                    "wrong-password-" + i,
                    "password",
                    "A-New-Long-Password-77",
                    "confirmation",
                    "A-New-Long-Password-77");
            assertThat(wrong.body()).contains("The current password is wrong.");
        }
        var locked = web.postForm(
                "/profile/password",
                "currentPassword",
                Fixtures.PASSWORD,
                "password",
                "A-New-Long-Password-77",
                "confirmation",
                "A-New-Long-Password-77");
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.body()).contains("Too many wrong attempts");
        signedIn(owner.email());
    }

    @Test
    void badInputIsAnsweredCalmlyAndChangesNothing() {
        var owner = fixtures.owner("bad-input");
        WebClient web = signedIn(owner.email());
        assertThat(web.postForm("/profile/security/passkeys/not*base64!/delete").redirect())
                .endsWith("/profile/security");
        assertThat(web.postForm("/profile/security/passkeys/AAAA/delete").redirect())
                .endsWith("/profile/security");
        assertThat(web.get("/profile/security/totp").redirect()).endsWith("/profile/security");
        assertThat(web.get("/profile/security/recovery-codes").redirect()).endsWith("/profile/security");
        assertThat(web.postForm("/profile/security/recovery-codes").redirect()).endsWith("/profile/security");
        assertThat(web.postForm("/profile/security/totp/confirm", "code", "123456")
                        .redirect())
                .endsWith("/profile/security");
        assertThat(web.get("/login/second-factor").status()).isEqualTo(403);

        Enrolment enrolment = enrol(web);
        WebClient step = atSecondStep(owner.email());
        var tooLong = step.postForm("/login/second-factor", "code", "9".repeat(5000));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body()).contains("This code is wrong");
        var blank = step.postForm("/login/second-factor", "code", "  ");
        assertThat(blank.body()).contains("Please fill in this field.");
        assertThat(step.get("/accounts").redirect()).endsWith("/login/second-factor");
        assertThat(enrolment.recoveryCodes()).hasSize(10);
    }
}
