package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PhonePinIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PhonePins pins;

    @Autowired
    StaffUsers staff;

    @Autowired
    JdbcClient jdbc;

    private WebClient session(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    @Test
    void theUserSetsChangesAndRemovesTheirPinWithoutEverSeeingItAgain() {
        var user = fixtures.owner("pin-set");
        WebClient web = session(user.email());
        assertThat(web.get("/profile").body()).contains("href=\"/profile/phone-pin\"");
        assertThat(web.get("/profile/phone-pin").body()).contains("You have no phone PIN yet.");

        var saved = web.postForm("/profile/phone-pin", "pin", "907153", "repeat", "907153");
        assertThat(saved.redirect()).endsWith("/profile/phone-pin");
        String page = web.get("/profile/phone-pin").body();
        assertThat(page)
                .contains("Your phone PIN has been saved.")
                .contains("Your phone PIN is set (last changed 2026-11-22 10:00 UTC).")
                .doesNotContain("907153");
        assertThat(jdbc.sql("select hash from identity_phone_pin where user_id = ?")
                        .param(user.userId())
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}")
                .doesNotContain("907153");
        assertThat(pins.withPin(List.of(user.userId(), -1L))).containsExactly(user.userId());

        web.postForm("/profile/phone-pin", "pin", " 0042 ", "repeat", "0042");
        assertThat(web.get("/profile/phone-pin").body()).contains("Your phone PIN has been saved.");
        long agent = staffId();
        assertThat(pins.check(user.userId(), "907153", agent, "192.0.2.7", null).outcome())
                .isEqualTo(SecretCheck.Outcome.NO_MATCH);
        assertThat(pins.check(user.userId(), "0042", agent, "192.0.2.7", null).outcome())
                .isEqualTo(SecretCheck.Outcome.MATCH);

        web.postForm("/profile/phone-pin/remove");
        assertThat(web.get("/profile/phone-pin").body())
                .contains("Your phone PIN has been removed.")
                .contains("You have no phone PIN yet.");
        assertThat(pins.withPin(List.of(user.userId()))).isEmpty();

        assertThat(audit(user.userId(), "user.phone-pin-changed"))
                .containsExactly(
                        "USER " + user.email() + " set",
                        "USER " + user.email() + " changed",
                        "USER " + user.email() + " removed");
    }

    @Test
    void anythingButFourToEightDigitsIsRefusedAtItsFieldAndChangesNothing() {
        var user = fixtures.owner("pin-bad");
        WebClient web = session(user.email());
        web.postForm("/profile/phone-pin", "pin", "2468", "repeat", "2468");
        for (String bad : List.of(
                "", "123", "123456789", "12a4", "abcd", "12 34", "-1234", "١٢٣٤", "１２３４", "1".repeat(100_000))) {
            var response = web.postForm("/profile/phone-pin", "pin", bad, "repeat", bad);
            assertThat(response.status()).as(bad).isEqualTo(200);
            assertThat(response.body())
                    .contains("A phone PIN has 4 to 8 digits (0 to 9) and nothing else.")
                    .contains("id=\"pin-error\"");
        }
        var mismatch = web.postForm("/profile/phone-pin", "pin", "1357", "repeat", "1358");
        assertThat(mismatch.body())
                .contains("The two entries differ.")
                .contains("id=\"repeat-error\"")
                .doesNotContain("1357");

        assertThat(pins.check(user.userId(), "2468", staffId(), "192.0.2.8", null)
                        .outcome())
                .isEqualTo(SecretCheck.Outcome.MATCH);
        assertThat(audit(user.userId(), "user.phone-pin-changed")).hasSize(1);
    }

    @Test
    void checksByStaffAreAuditedAndWrongGuessesLockThePin() {
        var user = fixtures.owner("pin-guard");
        long agent = staffId();
        assertThat(pins.check(user.userId(), "1234", agent, "192.0.2.9", "account 1")
                        .outcome())
                .isEqualTo(SecretCheck.Outcome.NOT_SET);
        session(user.email()).postForm("/profile/phone-pin", "pin", "86420", "repeat", "86420");

        assertThat(pins.check(user.userId(), "86420", agent, "192.0.2.9", "account 1")
                        .outcome())
                .isEqualTo(SecretCheck.Outcome.MATCH);
        for (String guess : List.of("1111", "2222", "letters", "", "3333")) {
            assertThat(pins.check(user.userId(), guess, agent, "192.0.2.9", "account 1")
                            .outcome())
                    .isEqualTo(SecretCheck.Outcome.NO_MATCH);
        }
        SecretCheck blocked = pins.check(user.userId(), "86420", agent, "192.0.2.9", "account 1");
        assertThat(blocked.outcome()).isEqualTo(SecretCheck.Outcome.BLOCKED);
        assertThat(blocked.minutesToWait()).isEqualTo(5);

        String email = staff.emailOf(agent).orElseThrow();
        assertThat(audit(user.userId(), "user.phone-pin-checked"))
                .containsExactly(
                        "STAFF " + email + " match (account 1)",
                        "STAFF " + email + " no match (account 1)",
                        "STAFF " + email + " no match (account 1)",
                        "STAFF " + email + " no match (account 1)",
                        "STAFF " + email + " no match (account 1)",
                        "STAFF " + email + " no match (account 1)",
                        "STAFF " + email + " blocked, 5 min left (account 1)");
        // No lock-out mail: that mail is about signing in, which nobody tried.
        assertThat(fixtures.latestMailTo(user.email()).map(mail -> mail[0]))
                .isNotEqualTo(java.util.Optional.of("Signing in to your user is blocked for a while"));
    }

    private long staffId() {
        return staff.findIdByEmail(fixtures.staff(StaffRole.SUPPORT)).orElseThrow();
    }

    private List<String> audit(long userId, String action) {
        return jdbc.sql(
                        "select actor_kind || ' ' || actor_name || ' ' || detail from account_audit where user_id = ? and action = ? order by id")
                .params(userId, action)
                .query(String.class)
                .list();
    }
}
