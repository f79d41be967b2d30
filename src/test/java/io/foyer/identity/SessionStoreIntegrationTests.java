package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.SessionCookies;
import io.foyer.support.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions in PostgreSQL: the row, the cookie, a new id at sign-in, and both timeouts. */
@IntegrationTest
class SessionStoreIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private WebClient signedIn(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    private Map<String, Object> row(String sessionId) {
        return jdbc.sql("select * from spring_session where session_id = ?")
                .param(sessionId)
                .query()
                .singleRow();
    }

    private boolean rowExists(String sessionId) {
        return jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(sessionId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Test
    void aSignedInSessionIsADatabaseRowThatAnotherClientWithTheCookieCanUse() {
        var owner = fixtures.owner("stored");
        WebClient web = new WebClient(port);
        var login = web.login(owner.email(), Fixtures.PASSWORD);

        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.NAME + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        assertThat(cookie).doesNotContain("Secure");

        String id = SessionCookies.sessionId(web);
        Map<String, Object> row = row(id);
        assertThat(row.get("principal_name").toString().trim()).isEqualTo(String.valueOf(owner.userId()));
        assertThat(row.get("max_inactive_interval")).isEqualTo(1800);

        // Nothing of the session lives in the server's memory: the copied cookie finds it in the database.
        var profile = SessionCookies.copyOf(web, port).get("/profile");
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains(owner.email());
    }

    @Test
    void signingInGivesTheSessionANewId() {
        var owner = fixtures.owner("renewed");
        WebClient web = new WebClient(port);
        // Asking for a page first stores the request in a new, anonymous session.
        assertThat(web.get("/profile").redirect()).endsWith("/login");
        String before = SessionCookies.sessionId(web);
        assertThat(before).isNotNull();

        assertThat(web.login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/profile?continue");
        String after = SessionCookies.sessionId(web);

        assertThat(after).isNotEqualTo(before);
        assertThat(rowExists(before)).isFalse();
        assertThat(new WebClient(port)
                        .withCookie(
                                SessionCookies.NAME,
                                java.util.Base64.getEncoder().encodeToString(before.getBytes()))
                        .get("/profile")
                        .redirect())
                .endsWith("/login");
        assertThat(web.get("/profile").status()).isEqualTo(200);
    }

    @Test
    void aSessionUnusedForTheIdleTimeoutHasEnded() {
        var owner = fixtures.owner("idle");
        WebClient web = signedIn(owner.email());
        String id = SessionCookies.sessionId(web);

        // Spring Session compares the stored last access with the system time, not the
        // application clock: the row is moved into the past instead.
        long minutes29 = Duration.ofMinutes(29).toMillis();
        jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                        + " where session_id = ?")
                .params(minutes29, minutes29, id)
                .update();
        assertThat(web.get("/profile").status()).isEqualTo(200);

        long minutes31 = Duration.ofMinutes(31).toMillis();
        jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                        + " where session_id = ?")
                .params(minutes31, minutes31, id)
                .update();
        assertThat(web.get("/profile").redirect()).endsWith("/login");
        assertThat(rowExists(id)).isFalse();
    }

    @Test
    void aSessionEndsAtTheAbsoluteTimeoutHoweverBusyItIs() {
        var owner = fixtures.owner("absolute");
        WebClient web = signedIn(owner.email());
        assertThat(web.get("/profile").status()).isEqualTo(200);
        String id = SessionCookies.sessionId(web);
        Instant start = clock.instant();
        try {
            clock.advance(Duration.ofHours(12).minusMinutes(1));
            assertThat(web.get("/profile").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));
            assertThat(web.get("/profile").redirect()).endsWith("/login");
            assertThat(rowExists(id)).isFalse();
        } finally {
            clock.set(start);
        }
    }

    @Test
    void theLastAccessIsWrittenAtMostOnceAMinute() {
        var owner = fixtures.owner("touch");
        WebClient web = signedIn(owner.email());
        String id = SessionCookies.sessionId(web);
        long written = (Long) row(id).get("last_access_time");

        assertThat(web.get("/profile").status()).isEqualTo(200);
        assertThat(row(id).get("last_access_time")).isEqualTo(written);

        long twoMinutes = Duration.ofMinutes(2).toMillis();
        jdbc.sql("update spring_session set last_access_time = last_access_time - ? where session_id = ?")
                .params(twoMinutes, id)
                .update();
        assertThat(web.get("/profile").status()).isEqualTo(200);
        assertThat((Long) row(id).get("last_access_time")).isGreaterThanOrEqualTo(written);
    }
}
