package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUsers;
import io.foyer.identity.TwoFactorPolicy;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.TotpCodes;
import io.foyer.support.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admins' "require two-factor authentication" settings, and staff two-factor login. The
 * policy is one for the whole (shared) database, so every test turns it off again.
 */
@IntegrationTest
class TwoFactorRequirementIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TwoFactorPolicy policy;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffUsers staffUsers;

    private Instant start;

    @BeforeEach
    void rememberClock() {
        start = clock.instant();
    }

    @AfterEach
    void relax() {
        policy.change(new TwoFactorPolicy.Settings(false, false), adminId());
        clock.set(start);
    }

    private long adminId() {
        return staffUsers.findIdByEmail(fixtures.staff(StaffRole.ADMIN)).orElseThrow();
    }

    /** Enrols the app at {@code base} ("/profile/security" or "/console/security"); answers the key. */
    private String enrol(WebClient web, String base) {
        assertThat(web.postForm(base + "/totp").redirect()).endsWith(base + "/totp");
        Matcher secret = SECRET.matcher(web.get(base + "/totp").body());
        assertThat(secret.find()).isTrue();
        String key = secret.group(1).replace(" ", "");
        assertThat(web.postForm(base + "/totp/confirm", "code", TotpCodes.code(key, clock.instant(), 0))
                        .redirect())
                .endsWith(base + "/recovery-codes");
        return key;
    }

    @Test
    void onlyAdminsChangeTheRequirement() {
        WebClient support = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));
        assertThat(support.get("/console/settings").status()).isEqualTo(403);
        assertThat(support.postForm("/console/settings", "customersRequired", "true")
                        .status())
                .isEqualTo(403);
        assertThat(policy.current().customersRequired()).isFalse();

        WebClient admin = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        assertThat(admin.get("/console/settings").body()).contains("Require two-factor authentication for customers");
        assertThat(admin.postForm("/console/settings", "customersRequired", "true")
                        .redirect())
                .endsWith("/console/settings");
        assertThat(policy.current()).isEqualTo(new TwoFactorPolicy.Settings(false, true));
        assertThat(admin.get("/console/settings").body()).contains("The settings have been saved.");
    }

    @Test
    void aCustomerWithoutSecondFactorReachesNothingButTheEnrolmentUntilDone() {
        policy.change(new TwoFactorPolicy.Settings(false, true), adminId());
        var owner = fixtures.owner("required");
        WebClient web = new WebClient(port);
        assertThat(web.login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/profile/security");
        assertThat(web.get("/accounts").redirect()).endsWith("/profile/security");
        assertThat(web.get("/accounts/" + owner.account().id()).redirect()).endsWith("/profile/security");
        assertThat(web.get("/profile").redirect()).endsWith("/profile/security");
        String page = web.get("/profile/security").body();
        assertThat(page).contains("Your provider requires two-factor authentication");
        assertThat(page).doesNotContain(owner.account().displayName());

        enrol(web, "/profile/security");
        assertThat(web.get("/accounts").redirect()).doesNotContain("/profile/security");
        assertThat(web.get("/profile").status()).isEqualTo(200);

        // While required, the last second factor stays.
        assertThat(web.postForm("/profile/security/totp/disable").redirect()).endsWith("/profile/security");
        assertThat(web.get("/profile/security").body()).contains("at least one second factor has to stay");

        clock.advance(Duration.ofSeconds(60));
        WebClient next = new WebClient(port);
        assertThat(next.login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/login/second-factor");
    }

    @Test
    void customersAreNotAskedWhenOnlyStaffMust() {
        policy.change(new TwoFactorPolicy.Settings(true, false), adminId());
        var owner = fixtures.owner("not-required");
        assertThat(new WebClient(port).login(owner.email(), Fixtures.PASSWORD).redirect())
                .endsWith("/accounts");
    }

    @Test
    void staffEnrolWhenRequiredAndThenSignInWithACode() {
        policy.change(new TwoFactorPolicy.Settings(true, false), adminId());
        String email = fixtures.staff(StaffRole.SUPPORT);
        WebClient web = new WebClient(port);
        assertThat(ConsoleSessions.consoleLogin(web, email, Fixtures.PASSWORD).redirect())
                .endsWith("/console/security");
        assertThat(web.get("/console").redirect()).endsWith("/console/security");
        assertThat(web.get("/console/mail").redirect()).endsWith("/console/security");
        String key = enrol(web, "/console/security");
        assertThat(web.get("/console").status()).isEqualTo(200);

        WebClient again = new WebClient(port);
        assertThat(ConsoleSessions.consoleLogin(again, email, Fixtures.PASSWORD).redirect())
                .endsWith("/console/login/second-factor");
        assertThat(again.get("/console").redirect()).endsWith("/console/login/second-factor");
        var wrong = again.postForm("/console/login/second-factor", "code", "000000");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("This code is wrong");
        clock.advance(Duration.ofSeconds(30));
        assertThat(again.postForm("/console/login/second-factor", "code", TotpCodes.code(key, clock.instant(), 0))
                        .redirect())
                .endsWith("/console");
        assertThat(again.get("/console").status()).isEqualTo(200);
        // The staff sign-in is no customer sign-in.
        assertThat(again.get("/accounts").redirect()).endsWith("/login");
    }
}
