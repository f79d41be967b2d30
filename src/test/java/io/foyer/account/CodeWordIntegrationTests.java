package io.foyer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.SecretCheck;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CodeWordIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CodeWords codeWords;

    @Autowired
    JdbcClient jdbc;

    private static final Actor STAFF = Actor.staff(1L, "agent@foyer.test", "192.0.2.10");

    private WebClient session(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    private static String security(Fixtures.UserAndAccount owner) {
        return "/accounts/" + owner.account().id() + "/settings/security";
    }

    private static String codeWordPath(Fixtures.UserAndAccount owner) {
        return "/accounts/" + owner.account().id() + "/settings/code-word";
    }

    @Test
    void aMemberWithTheSettingsPermissionSetsChangesAndRemovesItWithoutEverSeeingItAgain() {
        var owner = fixtures.owner("cw-set");
        var member = fixtures.member(owner.account(), "cw-set-member", Set.of(Permission.SETTINGS));
        WebClient web = session(member.email());
        assertThat(web.get(security(owner)).body()).contains("No code word is set.");

        var saved = web.postForm(codeWordPath(owner), "codeWord", "Blue Harbour 42", "repeat", "Blue Harbour 42");
        assertThat(saved.redirect()).endsWith(security(owner));
        String page = web.get(security(owner)).body();
        assertThat(page)
                .contains("The code word has been saved.")
                .contains("A code word is set (last changed 2026-11-22 10:00 UTC).")
                .doesNotContainIgnoringCase("Blue Harbour");
        assertThat(jdbc.sql("select hash from account_code_word where account_id = ?")
                        .param(owner.account().id())
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}")
                .doesNotContainIgnoringCase("harbour");

        assertThat(codeWords
                        .check(owner.account().id(), "blue   harbour 42 ", STAFF)
                        .outcome())
                .isEqualTo(SecretCheck.Outcome.MATCH);

        web.postForm(
                codeWordPath(owner), "codeWord", "Grüne Wiese über dem Fluß", "repeat", "Grüne Wiese über dem Fluß");
        assertThat(web.get(security(owner)).body()).contains("The code word has been saved.");
        assertThat(codeWords
                        .check(owner.account().id(), "Blue Harbour 42", STAFF)
                        .outcome())
                .isEqualTo(SecretCheck.Outcome.NO_MATCH);
        assertThat(codeWords
                        .check(owner.account().id(), "GRÜNE WIESE ÜBER DEM FLUß", STAFF)
                        .outcome())
                .isEqualTo(SecretCheck.Outcome.MATCH);

        var removed = web.postForm(codeWordPath(owner) + "/remove");
        assertThat(removed.redirect()).endsWith(security(owner));
        assertThat(web.get(security(owner)).body())
                .contains("The code word has been removed.")
                .contains("No code word is set.");
        assertThat(codeWords.changedAt(owner.account().id())).isEmpty();
        assertThat(codeWords
                        .check(owner.account().id(), "Grüne Wiese über dem Fluß", STAFF)
                        .outcome())
                .isEqualTo(SecretCheck.Outcome.NOT_SET);

        assertThat(audit(owner, "account.code-word-changed")).containsExactly("set", "changed", "removed");
        assertThat(jdbc.sql(
                                "select distinct actor_name from account_audit where account_id = ? and action = 'account.code-word-changed'")
                        .param(owner.account().id())
                        .query(String.class)
                        .list())
                .containsExactly(member.email());
    }

    @Test
    void badInputGetsAMessageAtItsFieldAndChangesNothing() {
        var owner = fixtures.owner("cw-bad");
        WebClient web = session(owner.email());
        web.postForm(codeWordPath(owner), "codeWord", "original word", "repeat", "original word");

        var mismatch = web.postForm(codeWordPath(owner), "codeWord", "new word one", "repeat", "new word two");
        assertThat(mismatch.status()).isEqualTo(200);
        assertThat(mismatch.body())
                .contains("The two entries differ.")
                .contains("id=\"repeat-error\"")
                .doesNotContain("new word one");

        for (String bad : List.of("", "   ", "abc", " a  b ", "x".repeat(101), "ü".repeat(500), "x".repeat(100_000))) {
            var response = web.postForm(codeWordPath(owner), "codeWord", bad, "repeat", bad);
            assertThat(response.status()).as(bad.length() + " characters").isEqualTo(200);
            assertThat(response.body())
                    .contains("The code word needs 4 to 100 characters.")
                    .contains("id=\"codeWord-error\"");
        }
        assertThat(codeWords.check(owner.account().id(), "original word", STAFF).outcome())
                .isEqualTo(SecretCheck.Outcome.MATCH);
        assertThat(audit(owner, "account.code-word-changed")).containsExactly("set");

        // The longest allowed word, far beyond bcrypt's 72 bytes, is compared in full.
        String longest = "ü".repeat(99) + "a";
        web.postForm(codeWordPath(owner), "codeWord", longest, "repeat", longest);
        assertThat(codeWords
                        .check(owner.account().id(), "ü".repeat(99) + "b", STAFF)
                        .outcome())
                .isEqualTo(SecretCheck.Outcome.NO_MATCH);
        assertThat(codeWords.check(owner.account().id(), longest, STAFF).outcome())
                .isEqualTo(SecretCheck.Outcome.MATCH);
    }

    @Test
    void checksAreAuditedAndWrongGuessesLockTheAccountsCodeWord() {
        var owner = fixtures.owner("cw-guard");
        session(owner.email()).postForm(codeWordPath(owner), "codeWord", "lighthouse", "repeat", "lighthouse");
        long account = owner.account().id();

        assertThat(codeWords.check(account, "lighthouse", STAFF).outcome()).isEqualTo(SecretCheck.Outcome.MATCH);
        for (int i = 0; i < 5; i++) {
            assertThat(codeWords.check(account, "guess " + i, STAFF).outcome()).isEqualTo(SecretCheck.Outcome.NO_MATCH);
        }
        SecretCheck blocked = codeWords.check(account, "lighthouse", STAFF);
        assertThat(blocked.outcome()).isEqualTo(SecretCheck.Outcome.BLOCKED);
        assertThat(blocked.minutesToWait()).isEqualTo(5);

        assertThat(audit(owner, "account.code-word-checked"))
                .containsExactly(
                        "match", "no match", "no match", "no match", "no match", "no match", "blocked, 5 min left");
        assertThat(jdbc.sql(
                                "select distinct actor_kind || ' ' || actor_name || ' ' || ip from account_audit where account_id = ? and action = 'account.code-word-checked'")
                        .param(account)
                        .query(String.class)
                        .list())
                .containsExactly("STAFF agent@foyer.test 192.0.2.10");
    }

    private List<String> audit(Fixtures.UserAndAccount owner, String action) {
        return jdbc.sql("select detail from account_audit where account_id = ? and action = ? order by id")
                .params(owner.account().id(), action)
                .query(String.class)
                .list();
    }
}
