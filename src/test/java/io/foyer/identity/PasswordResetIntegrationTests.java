package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.AccountSummary;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.WebClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PasswordResetIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void resetByEmailWorksOnceAndReplacesThePassword() {
        var owner = fixtures.owner("reset");
        WebClient web = new WebClient(port);
        String answer = web.postForm("/password/forgot", "login", owner.email()).body();
        assertThat(answer).contains("If the information matches our records");

        String link = path(fixtures.latestLinkTo(owner.email()));
        assertThat(web.get(link).body()).contains("New password");
        var reset = web.postForm(
                "/password/reset",
                "token",
                token(link),
                "password",
                "A-brand-new-passphrase",
                "confirmation",
                "A-brand-new-passphrase");
        assertThat(reset.redirect()).endsWith("/login?reset");

        assertThat(new WebClient(port).login(owner.email(), Fixtures.PASSWORD).redirect())
                .endsWith("/login?error");
        assertThat(new WebClient(port)
                        .login(owner.email(), "A-brand-new-passphrase")
                        .redirect())
                .endsWith("/accounts");

        var again = web.postForm(
                "/password/reset",
                "token",
                token(link),
                "password",
                "Another-new-passphrase",
                "confirmation",
                "Another-new-passphrase");
        assertThat(again.body()).contains("not valid any more");
        assertThat(new WebClient(port)
                        .login(owner.email(), "A-brand-new-passphrase")
                        .redirect())
                .endsWith("/accounts");
    }

    @Test
    void resetByCustomerNumberMailsTheOwner() {
        var owner = fixtures.owner("reset-number");
        AccountSummary account = owner.account();
        new WebClient(port).postForm("/password/forgot", "login", String.valueOf(account.customerNumber()));
        assertThat(fixtures.latestLinkTo(owner.email())).contains("/password/reset?token=");
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMail() {
        String unknown = Fixtures.uniqueEmail("nobody");
        String answer = new WebClient(port)
                .postForm("/password/forgot", "login", unknown)
                .body();
        assertThat(answer).contains("If the information matches our records");
        assertThat(fixtures.latestMailTo(unknown)).isEmpty();
    }

    @Test
    void theLinkExpiresAfterAnHour() {
        var owner = fixtures.owner("reset-expiry");
        WebClient web = new WebClient(port);
        web.postForm("/password/forgot", "login", owner.email());
        String link = path(fixtures.latestLinkTo(owner.email()));
        clock.advance(Duration.ofMinutes(61));
        try {
            assertThat(web.get(link).body()).contains("not valid any more");
            web.postForm(
                    "/password/reset",
                    "token",
                    token(link),
                    "password",
                    "A-brand-new-passphrase",
                    "confirmation",
                    "A-brand-new-passphrase");
            assertThat(new WebClient(port)
                            .login(owner.email(), Fixtures.PASSWORD)
                            .redirect())
                    .endsWith("/accounts");
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void weakNewPasswordsAreRefusedAndTheLinkStaysUsable() {
        var owner = fixtures.owner("reset-weak");
        WebClient web = new WebClient(port);
        web.postForm("/password/forgot", "login", owner.email());
        String link = path(fixtures.latestLinkTo(owner.email()));
        var weak = web.postForm("/password/reset", "token", token(link), "password", "short", "confirmation", "short");
        assertThat(weak.body()).contains("at least 10 characters");
        var mismatch = web.postForm(
                "/password/reset", "token", token(link), "password", "A-brand-new-passphrase", "confirmation", "other");
        assertThat(mismatch.body()).contains("The two passwords differ");
        assertThat(web.postForm(
                                "/password/reset",
                                "token",
                                token(link),
                                "password",
                                "A-brand-new-passphrase",
                                "confirmation",
                                "A-brand-new-passphrase")
                        .redirect())
                .endsWith("/login?reset");
    }

    @Test
    void requestsAreRateLimitedPerLoginName() {
        var owner = fixtures.owner("reset-limit");
        WebClient web = new WebClient(port);
        for (int i = 0; i < 3; i++) {
            assertThat(web.postForm("/password/forgot", "login", owner.email()).body())
                    .contains("If the information matches");
        }
        assertThat(web.postForm("/password/forgot", "login", owner.email()).body())
                .contains("Too many requests");
        int mails = jdbc.sql("select count(*) from notification_mail where recipient = ?")
                .param(owner.email())
                .query(Integer.class)
                .single();
        assertThat(mails).isEqualTo(3);
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/password/reset"));
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }
}
