package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.SecurityEvents;
import io.foyer.support.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Sessions and sign-ins": the user's sessions, ending them, and the login history. */
@IntegrationTest
class SessionsAndLoginHistoryIntegrationTests {

    private static final Pattern END_FORM = Pattern.compile("action=\"/profile/sessions/([A-Za-z0-9_-]+)/end\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityEvents events;

    private WebClient signedIn(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    private static boolean signedIn(WebClient web) {
        return web.get("/profile").status() == 200;
    }

    private static List<String> endHandles(String page) {
        List<String> handles = new ArrayList<>();
        Matcher m = END_FORM.matcher(page);
        while (m.find()) {
            handles.add(m.group(1));
        }
        return handles;
    }

    @Test
    void theSessionsPageListsEverySessionMarksThisDeviceAndEndingOneIsEffectiveAtOnce() {
        var owner = fixtures.owner("sessions");
        WebClient laptop = signedIn(owner.email());
        WebClient phone = signedIn(owner.email());

        String page = laptop.get("/profile/sessions").body();
        assertThat(page).contains("this device").contains("127.0.0.1").contains("Java-http-client");
        // One row per session; only the other one can be ended here (this one signs out instead).
        assertThat(page.split("this device", -1)).hasSize(2);
        List<String> others = endHandles(page);
        assertThat(others).hasSize(1);
        assertThat(page).doesNotContain(phone.cookie("FOYER_SESSION"));

        var ended = laptop.postForm("/profile/sessions/" + others.get(0) + "/end");
        assertThat(ended.redirect()).endsWith("/profile/sessions");
        assertThat(laptop.get("/profile/sessions").body()).contains("The session has been ended");

        assertThat(phone.get("/profile").redirect()).endsWith("/login");
        assertThat(signedIn(laptop)).isTrue();
        assertThat(events.actionsOf(owner.userId())).contains("user.session-ended");
    }

    @Test
    void endingAnUnknownOrForeignSessionChangesNothing() {
        var owner = fixtures.owner("foreign-a");
        var other = fixtures.owner("foreign-b");
        WebClient mine = signedIn(owner.email());
        WebClient theirs = signedIn(other.email());
        WebClient theirSecond = signedIn(other.email());
        String theirHandle = endHandles(theirs.get("/profile/sessions").body()).get(0);

        assertThat(mine.postForm("/profile/sessions/" + theirHandle + "/end").redirect())
                .endsWith("/profile/sessions");
        assertThat(mine.get("/profile/sessions").body()).contains("That session had ended already");
        assertThat(mine.postForm("/profile/sessions/not-a-handle/end").redirect())
                .endsWith("/profile/sessions");

        assertThat(signedIn(theirs)).isTrue();
        assertThat(signedIn(theirSecond)).isTrue();
        assertThat(signedIn(mine)).isTrue();
    }

    @Test
    void endAllOtherSessionsKeepsOnlyThisOne() {
        var owner = fixtures.owner("end-others");
        WebClient here = signedIn(owner.email());
        WebClient second = signedIn(owner.email());
        WebClient third = signedIn(owner.email());

        here.postForm("/profile/sessions/end-others");
        assertThat(here.get("/profile/sessions").body()).contains("2 other sessions have been ended");

        assertThat(signedIn(second)).isFalse();
        assertThat(signedIn(third)).isFalse();
        assertThat(signedIn(here)).isTrue();
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionButKeepsThisOne() {
        var owner = fixtures.owner("pw-change");
        WebClient here = signedIn(owner.email());
        WebClient elsewhere = signedIn(owner.email());

        var changed = here.postForm(
                "/profile/password",
                "currentPassword",
                Fixtures.PASSWORD,
                "password",
                "A-whole-new-passphrase",
                "confirmation",
                "A-whole-new-passphrase");
        assertThat(changed.redirect()).endsWith("/profile");

        assertThat(signedIn(elsewhere)).isFalse();
        assertThat(signedIn(here)).isTrue();
        assertThat(events.actionsOf(owner.userId())).contains("user.sessions-ended-on-password-change");
    }

    @Test
    void aWrongCurrentPasswordEndsNoSession() {
        var owner = fixtures.owner("pw-wrong");
        WebClient here = signedIn(owner.email());
        WebClient elsewhere = signedIn(owner.email());

        here.postForm(
                "/profile/password",
                "currentPassword",
                "not-the-password",
                "password",
                "A-whole-new-passphrase",
                "confirmation",
                "A-whole-new-passphrase");

        assertThat(signedIn(elsewhere)).isTrue();
    }

    @Test
    void aPasswordResetEndsEverySession() {
        var owner = fixtures.owner("pw-reset");
        WebClient signedIn = signedIn(owner.email());
        WebClient web = new WebClient(port);
        web.postForm("/password/forgot", "login", owner.email());
        String link = fixtures.latestLinkTo(owner.email());
        String token = link.substring(link.indexOf("token=") + 6);
        var reset = web.postForm(
                "/password/reset",
                "token",
                token,
                "password",
                "A-reset-passphrase-1",
                "confirmation",
                "A-reset-passphrase-1");
        assertThat(reset.redirect()).endsWith("/login?reset");

        assertThat(signedIn(signedIn)).isFalse();
    }

    @Test
    void theLoginHistoryShowsSuccessesAndFailuresOfTheUserOnly() {
        var owner = fixtures.owner("history");
        String number = String.valueOf(owner.account().customerNumber());
        assertThat(new WebClient(port).login(owner.email(), "wrong-password-1").redirect())
                .endsWith("/login?error");
        assertThat(new WebClient(port).login(number, "wrong-password-2").redirect())
                .endsWith("/login?error");
        WebClient web = signedIn(owner.email());

        var rows = jdbc.sql("select success, failure, factor, ip, user_agent from identity_login where user_id = ?"
                        + " order by id")
                .param(owner.userId())
                .query()
                .listOfRows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("success", false).containsEntry("failure", "bad-credentials");
        assertThat(rows.get(1)).containsEntry("success", false);
        assertThat(rows.get(2))
                .containsEntry("success", true)
                .containsEntry("factor", "password")
                .containsEntry("ip", "127.0.0.1");
        assertThat(rows.get(2).get("user_agent").toString()).contains("Java-http-client");

        String page = web.get("/profile/sessions").body();
        assertThat(page).contains("Recent sign-ins").contains("wrong password").contains("signed in");
        assertThat(events.actionsOf(owner.userId()))
                .containsSubsequence("user.login-failed", "user.login-failed", "user.login");
        var login = events.of(owner.userId()).get(events.of(owner.userId()).size() - 1);
        assertThat(login.clientIp()).isEqualTo("127.0.0.1");
        assertThat(login.userEmail()).isEqualTo(owner.email());
        assertThat(login.detail()).isEqualTo("password");
    }

    @Test
    void unknownNamesAreNotRecordedAndAnUnconfirmedUserFailsWithItsReason() {
        String nobody = Fixtures.uniqueEmail("nobody");
        long before = jdbc.sql("select count(*) from identity_login")
                .query(Long.class)
                .single();
        new WebClient(port).login(nobody, "wrong-password-1");
        assertThat(jdbc.sql("select count(*) from identity_login")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        WebClient signup = new WebClient(port);
        String email = Fixtures.uniqueEmail("unconfirmed");
        signup.postForm("/signup", "name", "Una", "email", email, "password", Fixtures.PASSWORD, "terms", "true");
        assertThat(new WebClient(port).login(email, Fixtures.PASSWORD).redirect())
                .endsWith("/login?unverified");
        assertThat(jdbc.sql("select failure from identity_login i join identity_user u on u.id = i.user_id"
                                + " where u.email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("unverified");
    }
}
