package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.WebClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class BruteForceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    private WebClient.Response login(String name, String password) {
        return new WebClient(port).login(name, password);
    }

    @Test
    void fiveWrongPasswordsLockTheUserEvenForTheRightOneMailThemAndExpire() {
        var owner = fixtures.owner("locked");
        for (int i = 0; i < 4; i++) {
            assertThat(login(owner.email(), "wrong-password-" + i).redirect()).endsWith("/login?error");
        }
        assertThat(fixtures.latestMailTo(owner.email()).map(m -> m[0]).orElse(""))
                .doesNotContain("blocked");
        assertThat(login(owner.email(), "wrong-password-5").redirect()).endsWith("/login?error");

        assertThat(login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/login?locked=5");
        String[] mail = fixtures.latestMailTo(owner.email()).orElseThrow();
        assertThat(mail[0]).contains("blocked");
        assertThat(mail[1]).contains("5 minutes").contains("127.0.0.1");
        assertThat(new WebClient(port).get("/login?locked=5").body()).contains("try again in 5 minutes");

        Instant start = clock.instant();
        try {
            clock.advance(Duration.ofMinutes(5).plusSeconds(1));
            assertThat(login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        } finally {
            clock.set(start);
        }
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLongAndASuccessStartsTheCountAgain() {
        var owner = fixtures.owner("doubling");
        Instant start = clock.instant();
        try {
            for (int i = 0; i < 4; i++) {
                login(owner.email(), "wrong-password-" + i);
            }
            assertThat(login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/accounts");
            for (int i = 0; i < 4; i++) {
                login(owner.email(), "wrong-password-" + i);
            }
            // Four after a success do not lock; the fifth does.
            assertThat(login(owner.email(), "wrong-again").redirect()).endsWith("/login?error");
            assertThat(login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/login?locked=5");

            clock.advance(Duration.ofMinutes(6));
            for (int i = 0; i < 5; i++) {
                login(owner.email(), "wrong-password-" + i);
            }
            assertThat(login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/login?locked=10");
        } finally {
            clock.set(start);
        }
    }

    @Test
    void theEmailAndTheCustomerNumberCountAsOneUserAndUnknownNamesLockAlike() {
        var owner = fixtures.owner("twonames");
        String number = String.valueOf(owner.account().customerNumber());
        for (int i = 0; i < 3; i++) {
            login(owner.email(), "wrong-password-" + i);
        }
        login(number, "wrong-password-3");
        login(number, "wrong-password-4");
        assertThat(login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/login?locked=5");

        String nobody = Fixtures.uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            assertThat(login(nobody, "wrong-password-" + i).redirect()).endsWith("/login?error");
        }
        assertThat(login(nobody, "wrong-password-6").redirect()).endsWith("/login?locked=5");
        assertThat(fixtures.latestMailTo(nobody)).isEmpty();
    }

    @Test
    void staffLoginIsGuardedToo() {
        String staff = fixtures.staff(StaffRole.SUPPORT);
        for (int i = 0; i < 5; i++) {
            new WebClient(port).postForm("/console/login", "email", staff, "password", "wrong-password-" + i);
        }
        var locked = new WebClient(port).postForm("/console/login", "email", staff, "password", Fixtures.PASSWORD);
        assertThat(locked.redirect()).endsWith("/console/login?locked=5");
        assertThat(new WebClient(port).get("/console/login?locked=5").body()).contains("try again in 5 minutes");
    }
}
