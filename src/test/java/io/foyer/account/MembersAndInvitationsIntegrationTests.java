package io.foyer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.WebClient;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class MembersAndInvitationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    @Test
    void anInviteeWithoutUserCreatesOneAndGetsExactlyTheGrantedPermissions() {
        var owner = fixtures.owner("inviter");
        WebClient web = loggedIn(owner);
        String invitee = Fixtures.uniqueEmail("invitee");
        long accountId = owner.account().id();
        var invite = web.postForm(
                "/accounts/" + accountId + "/members/invite",
                "email",
                invitee,
                "permissions",
                "BILLING",
                "supportEligible",
                "true");
        assertThat(invite.redirect()).endsWith("/accounts/" + accountId + "/members");
        assertThat(web.get("/accounts/" + accountId + "/members").body())
                .contains(invitee)
                .contains("Pending invitations");

        String link = fixtures.latestLinkTo(invitee);
        String token = link.substring(link.indexOf("token=") + 6);
        WebClient guest = new WebClient(port);
        assertThat(guest.get("/invitations/accept?token=" + token).body()).contains("Create user and accept");
        var accepted = guest.postForm(
                "/invitations/register",
                "token",
                token,
                "name",
                "Ivy Invitee",
                "password",
                "Ledger-and-Ink-2026",
                "confirmation",
                "Ledger-and-Ink-2026");
        assertThat(accepted.redirect()).endsWith("/login?joined");

        Member member = accounts.members(accountId).stream()
                .filter(m -> m.email().equals(invitee))
                .findFirst()
                .orElseThrow();
        assertThat(member.permissions()).containsExactly(Permission.BILLING);
        assertThat(member.supportEligible()).isTrue();
        assertThat(member.owner()).isFalse();

        WebClient sub = new WebClient(port);
        assertThat(sub.login(invitee, "Ledger-and-Ink-2026").redirect()).endsWith("/accounts");
        assertThat(sub.get("/accounts/" + accountId).status()).isEqualTo(200);
        assertThat(sub.get("/accounts/" + accountId + "/members").status()).isEqualTo(403);
        assertThat(sub.get("/accounts/" + accountId).body()).doesNotContain("User management");

        // The link is single-use.
        assertThat(new WebClient(port).get("/invitations/accept?token=" + token).body())
                .contains("not valid any more");
    }

    @Test
    void anExistingUserAcceptsWhileSignedIn() {
        var owner = fixtures.owner("inviter2");
        var existing = fixtures.owner("existing");
        WebClient web = loggedIn(owner);
        long accountId = owner.account().id();
        web.postForm("/accounts/" + accountId + "/members/invite", "email", existing.email(), "permissions", "SUPPORT");
        String token = token(fixtures.latestLinkTo(existing.email()));

        WebClient anonymous = new WebClient(port);
        assertThat(anonymous.get("/invitations/accept?token=" + token).body()).contains("Please log in first");

        WebClient invitee = loggedIn(existing);
        var accept = invitee.postForm("/invitations/accept", "token", token);
        assertThat(accept.redirect()).endsWith("/accounts/" + accountId);
        assertThat(accounts.accountsOf(existing.userId()))
                .extracting(AccountSummary::id)
                .contains(accountId, existing.account().id());
    }

    @Test
    void expiredAndRevokedInvitationsCannotBeUsed() {
        var owner = fixtures.owner("inviter3");
        WebClient web = loggedIn(owner);
        long accountId = owner.account().id();
        String late = Fixtures.uniqueEmail("late");
        web.postForm("/accounts/" + accountId + "/members/invite", "email", late);
        String lateToken = token(fixtures.latestLinkTo(late));
        clock.advance(Duration.ofDays(8));
        try {
            assertThat(new WebClient(port)
                            .get("/invitations/accept?token=" + lateToken)
                            .body())
                    .contains("not valid any more");
        } finally {
            clock.advance(Duration.ofDays(-8));
        }

        String revoked = Fixtures.uniqueEmail("revoked");
        web.postForm("/accounts/" + accountId + "/members/invite", "email", revoked);
        String revokedToken = token(fixtures.latestLinkTo(revoked));
        String page = web.get("/accounts/" + accountId + "/members").body();
        String revokePath =
                page.replaceAll("(?s).*action=\"(/accounts/" + accountId + "/invitations/\\d+/revoke)\".*", "$1");
        assertThat(web.postForm(revokePath).redirect()).endsWith("/members");
        var attempt = new WebClient(port)
                .postForm(
                        "/invitations/register",
                        "token",
                        revokedToken,
                        "name",
                        "R",
                        "password",
                        "Ledger-and-Ink-2026",
                        "confirmation",
                        "Ledger-and-Ink-2026");
        assertThat(attempt.body()).contains("not valid any more");
    }

    @Test
    void permissionsCanBeChangedAndMembersRemovedButNeverTheOwner() {
        var owner = fixtures.owner("perm-owner");
        long accountId = owner.account().id();
        var member = fixtures.member(owner.account(), "perm-member", Set.of(Permission.BILLING));
        WebClient web = loggedIn(owner);

        web.postForm(
                "/accounts/" + accountId + "/members/" + member.userId(),
                "permissions",
                "DOMAINS",
                "permissions",
                "SERVICES");
        assertThat(memberOf(accountId, member.userId()).permissions())
                .containsExactlyInAnyOrder(Permission.DOMAINS, Permission.SERVICES);

        var removeOwner = web.postForm("/accounts/" + accountId + "/members/" + owner.userId() + "/remove");
        assertThat(removeOwner.redirect()).endsWith("/members");
        assertThat(memberOf(accountId, owner.userId()).owner()).isTrue();

        assertThat(web.postForm("/accounts/" + accountId + "/members/" + member.userId() + "/remove")
                        .redirect())
                .endsWith("/members");
        assertThat(accounts.members(accountId)).extracting(Member::userId).containsExactly(owner.userId());
        assertThat(accounts.auditLog(accountId, 20))
                .extracting(AuditEntry::action)
                .contains("member.updated", "member.removed");
    }

    @Test
    void invitingABadAddressShowsAMessageAndChangesNothing() {
        var owner = fixtures.owner("bad-invite");
        long accountId = owner.account().id();
        WebClient web = loggedIn(owner);
        var bad = web.postForm("/accounts/" + accountId + "/members/invite", "email", "not an address<script>");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Please enter a valid email address").doesNotContain("<script>");
        var self = web.postForm("/accounts/" + accountId + "/members/invite", "email", owner.email());
        assertThat(self.body()).contains("member of the account already");
        assertThat(web.get("/accounts/" + accountId + "/members").body()).doesNotContain("Pending invitations");
    }

    @Test
    void userManagementGivesAndTakesOnlyPermissionsTheActingMemberHolds() {
        var owner = fixtures.owner("grant-owner");
        long accountId = owner.account().id();
        var manager = fixtures.member(owner.account(), "grant-manager", Set.of(Permission.USERS, Permission.SUPPORT));
        var colleague = fixtures.member(owner.account(), "grant-colleague", Set.of(Permission.BILLING));
        WebClient web = loggedIn(manager);

        var escalate = web.postForm(
                "/accounts/" + accountId + "/members/invite",
                "email",
                Fixtures.uniqueEmail("friend"),
                "permissions",
                "SETTINGS");
        assertThat(escalate.body()).contains("only permissions you hold yourself");
        var self = web.postForm(
                "/accounts/" + accountId + "/members/" + manager.userId(),
                "permissions",
                "USERS",
                "permissions",
                "SUPPORT",
                "permissions",
                "BILLING");
        assertThat(self.body()).contains("only permissions you hold yourself");
        var takeAway =
                web.postForm("/accounts/" + accountId + "/members/" + colleague.userId(), "permissions", "SUPPORT");
        assertThat(takeAway.body()).contains("only permissions you hold yourself");
        assertThat(memberOf(accountId, manager.userId()).permissions())
                .containsExactlyInAnyOrder(Permission.USERS, Permission.SUPPORT);
        assertThat(memberOf(accountId, colleague.userId()).permissions()).containsExactly(Permission.BILLING);

        var allowed = web.postForm(
                "/accounts/" + accountId + "/members/invite",
                "email",
                Fixtures.uniqueEmail("helper"),
                "permissions",
                "SUPPORT");
        assertThat(allowed.redirect()).endsWith("/members");
    }

    private Member memberOf(long accountId, long userId) {
        return accounts.members(accountId).stream()
                .filter(m -> m.userId() == userId)
                .findFirst()
                .orElseThrow();
    }

    private WebClient loggedIn(Fixtures.UserAndAccount user) {
        WebClient web = new WebClient(port);
        assertThat(web.login(user.email(), Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }
}
