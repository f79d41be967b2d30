package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.Permission;
import io.foyer.account.internal.AllowedIpRanges;
import io.foyer.account.internal.CodeWordManagement;
import io.foyer.account.internal.IpRangeSettings;
import io.foyer.identity.StaffRole;
import io.foyer.identity.internal.PhonePinManagement;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CallerVerificationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CodeWordManagement codeWords;

    @Autowired
    PhonePinManagement pins;

    @Autowired
    IpRangeSettings ipRanges;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private static String page(Fixtures.UserAndAccount owner) {
        return "/console/accounts/" + owner.account().customerNumber();
    }

    private static WebClient.Response verify(
            WebClient staff, Fixtures.UserAndAccount owner, String subject, String answer) {
        return staff.postForm(page(owner) + "/verify-caller", "subject", subject, "answer", answer);
    }

    @Test
    void supportChecksTheCodeWordAndLearnsOnlyWhetherItMatches() {
        var owner = fixtures.owner("verify-cw");
        String agent = fixtures.staff(StaffRole.SUPPORT);
        WebClient staff = ConsoleSessions.staff(port, agent);
        String before = staff.get(page(owner)).body();
        assertThat(before).contains("Verify caller").contains("Code word of the account · none set");

        var none = verify(staff, owner, "account", "anything");
        assertThat(none.redirect()).contains(page(owner));
        assertThat(staff.get(page(owner)).body()).contains("This account has no code word");

        codeWords.set(owner.account().id(), "Silver Lighthouse", Actor.system());
        assertThat(staff.get(page(owner)).body()).contains("set (last changed 2026-11-22 10:00 UTC)");

        verify(staff, owner, "account", "  silver   LIGHTHOUSE ");
        String matched = staff.get(page(owner)).body();
        assertThat(matched)
                .contains("Matches: the caller knows the code word of this account.")
                .doesNotContainIgnoringCase("silver lighthouse");

        verify(staff, owner, "account", "Golden Lighthouse");
        assertThat(staff.get(page(owner)).body()).contains("Does not match the code word of this account.");

        assertThat(accounts.auditLog(owner.account().id(), 20))
                .filteredOn(e -> e.action().equals("account.code-word-checked"))
                .extracting(e -> e.actorKind() + " " + e.actorName() + " " + e.detail())
                .containsExactly("STAFF " + agent + " no match", "STAFF " + agent + " match");
        assertThat(staff.get(page(owner)).body()).contains("Code word checked by support");
    }

    @Test
    void supportChecksAMembersPinAndWrongAnswersLockIt() {
        var owner = fixtures.owner("verify-pin");
        var member = fixtures.member(owner.account(), "verify-pin-member", Set.of(Permission.BILLING));
        pins.set(member.userId(), "4711", "127.0.0.1");
        String admin = fixtures.staff(StaffRole.ADMIN);
        WebClient staff = ConsoleSessions.staff(port, admin);
        String view = staff.get(page(owner)).body();
        assertThat(view)
                .contains("Phone PIN of Member verify-pin-member &lt;" + member.email() + "&gt;</option>")
                .contains("Phone PIN of Owner verify-pin &lt;" + owner.email() + "&gt; · none set");

        verify(staff, owner, String.valueOf(owner.userId()), "1234");
        assertThat(staff.get(page(owner)).body()).contains("has no phone PIN: there is nothing to compare with");

        verify(staff, owner, String.valueOf(member.userId()), "4711");
        assertThat(staff.get(page(owner)).body())
                .contains("Matches: the caller knows the phone PIN of Member verify-pin-member");

        // Not a PIN at all: sent back, not counted, not audited.
        var letters = verify(staff, owner, String.valueOf(member.userId()), "47a1");
        assertThat(letters.status()).isEqualTo(200);
        assertThat(letters.body())
                .contains("This was not checked and does not count as a wrong answer.")
                .contains("id=\"answer-error\"")
                .doesNotContain("47a1");

        for (String guess : List.of("0000", "1111", "2222", "3333", "4444")) {
            verify(staff, owner, String.valueOf(member.userId()), guess);
            assertThat(staff.get(page(owner)).body()).contains("Does not match the phone PIN of");
        }
        verify(staff, owner, String.valueOf(member.userId()), "4711");
        assertThat(staff.get(page(owner)).body()).contains("Too many wrong answers: try again in 5 minutes.");

        assertThat(jdbc.sql(
                                "select actor_name || ' ' || detail from account_audit where user_id = ? and action = 'user.phone-pin-checked' order by id")
                        .param(member.userId())
                        .query(String.class)
                        .list())
                .hasSize(7)
                .first()
                .isEqualTo(admin + " match (account " + owner.account().customerNumber() + ")");
    }

    @Test
    void badChoicesAreRefusedAtTheirFieldAndOnlyAdminsAndSupportMayCheck() {
        var owner = fixtures.owner("verify-bad");
        var stranger = fixtures.owner("verify-bad-stranger");
        pins.set(stranger.userId(), "5555", "127.0.0.1");
        WebClient support = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));

        var foreign = verify(support, owner, String.valueOf(stranger.userId()), "5555");
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.body())
                .contains("Choose the account or one of its members.")
                .contains("id=\"subject-error\"");
        for (String subject : List.of("", "x", "-1", "99999999999999999999999")) {
            assertThat(verify(support, owner, subject, "5555").body())
                    .contains("Choose the account or one of its members.");
        }
        assertThat(verify(support, owner, "account", "   ").body()).contains("Please fill in this field.");
        assertThat(verify(support, owner, "account", "x".repeat(10_000)).body()).contains("This value is too long.");
        assertThat(jdbc.sql(
                                "select count(*) from account_audit where user_id = ? and action = 'user.phone-pin-checked'")
                        .param(stranger.userId())
                        .query(Integer.class)
                        .single())
                .isZero();

        WebClient billing = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));
        assertThat(billing.get(page(owner)).body()).doesNotContain("Verify caller");
        assertThat(verify(billing, owner, "account", "whatever").status()).isEqualTo(403);
        assertThat(verify(support, stranger, "account", "x").redirect()).isNotNull();
        assertThat(support.postForm("/console/accounts/999999999/verify-caller", "subject", "account", "answer", "x")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void viewingAsTheCustomerIgnoresTheAccountsIpRangesButNeverSetsTheCodeWord() {
        var owner = fixtures.owner("verify-imp");
        long accountId = owner.account().id();
        ipRanges.change(accountId, AllowedIpRanges.fromLines("10.0.0.0/8"), Optional.empty(), true, Actor.system());
        WebClient staff = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        assertThat(staff.get(page(owner)).body()).contains("<code class=\"d-block\">10.0.0.0/8</code>");
        staff.postForm(
                page(owner) + "/impersonate",
                "userId",
                String.valueOf(owner.userId()),
                "reason",
                "Customer locked out by their IP ranges",
                "allowChanges",
                "true");
        assertThat(staff.get("/accounts/" + accountId).status()).isEqualTo(200);
        assertThat(staff.get("/accounts/" + accountId + "/settings/security").status())
                .isEqualTo(200);

        var codeWord = staff.postForm(
                "/accounts/" + accountId + "/settings/code-word",
                "codeWord",
                "chosen by staff",
                "repeat",
                "chosen by staff");
        assertThat(codeWord.status()).isEqualTo(403);
        assertThat(codeWords.changedAt(accountId)).isEmpty();

        // The way back in for a customer who locked themselves out, recorded under the admin's name.
        var cleared = staff.postForm("/accounts/" + accountId + "/settings/ip-ranges", "ranges", "");
        assertThat(cleared.redirect()).endsWith("/accounts/" + accountId + "/settings/security");
        assertThat(ipRanges.of(accountId).restricted()).isFalse();
        assertThat(accounts.auditLog(accountId, 10))
                .filteredOn(e -> e.action().equals("account.ip-ranges-changed")
                        && e.actorKind().equals("STAFF"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("10.0.0.0/8 -> (anywhere)"));
    }
}
