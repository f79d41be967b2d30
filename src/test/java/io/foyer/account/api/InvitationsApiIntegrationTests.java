package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.MemberData;
import io.foyer.account.internal.MemberManagement;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class InvitationsApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MemberManagement members;

    @Autowired
    Accounts accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void invitingAnswers201WithLocationAndNeverShowsTheSecret() {
        var owner = fixtures.owner("inv");
        String secret = token(tokens, owner, Permission.USERS);
        String email = Fixtures.uniqueEmail("invitee");
        String path = accountPath(owner) + "/invitations";

        var created = api.post(
                secret, path, "{\"email\":\"" + email + "\",\"permissions\":[\"BILLING\"],\"supportEligible\":true}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location").orElseThrow()).endsWith(path + "/" + id);
        assertThat(created.json().path("email").asString()).isEqualTo(email);
        assertThat(created.json().path("permissions").toString()).isEqualTo("[\"BILLING\"]");
        assertThat(created.json().path("supportEligible").asBoolean()).isTrue();
        assertThat(created.json().path("state").asString()).isEqualTo("pending");
        assertThat(created.json().path("expiresAt").asString()).endsWith("Z");

        String link = fixtures.latestLinkTo(email);
        String linkSecret = link.substring(link.indexOf("token=") + 6);
        var shown = api.get(secret, created.header("Location").orElseThrow());
        assertThat(shown.status()).isEqualTo(200);
        var list = api.get(secret, path);
        assertThat(list.json().at("/items/0/id").asLong()).isEqualTo(id);
        for (var body : new String[] {created.body(), shown.body(), list.body()}) {
            assertThat(body).doesNotContain(linkSecret).doesNotContainIgnoringCase("token");
        }
        var audit = accounts.auditLog(owner.account().id(), 1).get(0);
        assertThat(audit.action()).isEqualTo("member.invited");
        assertThat(audit.actorName()).isEqualTo(owner.email());
    }

    @Test
    void membersAndPendingInviteesCannotBeInvitedAgain() {
        var owner = fixtures.owner("inv-dup");
        var member = fixtures.member(owner.account(), "inv-dup-m", Set.of());
        String secret = token(tokens, owner, Permission.USERS);
        String path = accountPath(owner) + "/invitations";
        String email = Fixtures.uniqueEmail("inv-dup-invitee");

        var first = api.post(secret, path, "{\"email\":\"" + email + "\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        var again = api.post(secret, path, "{\"email\":\"" + email.toUpperCase(Locale.ROOT) + "\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.fieldError("email")).isEqualTo("An invitation to this address is pending already.");

        var existing = api.post(secret, path, "{\"email\":\"" + member.email() + "\"}", "Accept-Language", "de");
        assertThat(existing.status()).isEqualTo(422);
        assertThat(existing.fieldError("email")).isEqualTo("Dieser Benutzer ist bereits Mitglied des Kontos.");

        var invalid = api.post(secret, path, "{\"email\":\"nobody\",\"permissions\":[\"GOD\"]}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.fieldError("permissions[0]")).startsWith("Please use one of: BILLING");

        var blank = api.post(secret, path, "{\"email\":\"nobody\"}");
        assertThat(blank.fieldError("email")).isEqualTo("Please enter a valid email address.");

        assertThat(members.invitations(owner.account().id())).hasSize(1);
    }

    @Test
    void aRevokedInvitationCanBeSentAgain() {
        var owner = fixtures.owner("inv-revoke");
        String secret = token(tokens, owner, Permission.USERS);
        String path = accountPath(owner) + "/invitations";
        String email = Fixtures.uniqueEmail("inv-revoke-invitee");
        long id = api.post(secret, path, "{\"email\":\"" + email + "\"}")
                .json()
                .path("id")
                .asLong();

        assertThat(api.delete(secret, path + "/" + id).status()).isEqualTo(204);

        var revoked = api.get(secret, path + "/" + id).json();
        assertThat(revoked.path("state").asString()).isEqualTo("revoked");
        assertThat(revoked.path("revokedAt").asString()).endsWith("Z");
        assertThat(members.pendingInvitation(linkSecret(email))).isEmpty();
        assertThat(api.delete(secret, path + "/" + id).status()).isEqualTo(204);
        assertThat(api.post(secret, path, "{\"email\":\"" + email + "\"}").status())
                .isEqualTo(201);
        assertThat(accounts.auditLog(owner.account().id(), 2).get(1).action()).isEqualTo("member.invitation.revoked");
    }

    @Test
    void anotherAccountsInvitationAnswers404AndStaysPending() {
        var owner = fixtures.owner("inv-mine");
        var stranger = fixtures.owner("inv-theirs");
        String email = Fixtures.uniqueEmail("inv-theirs-invitee");
        long theirs = members.invite(
                stranger.account().id(),
                email,
                new MemberData(Set.of(Permission.BILLING), false),
                Actor.user(stranger.userId(), stranger.email(), null),
                Locale.ENGLISH);
        String secret = token(tokens, owner, Permission.USERS);

        assertThat(api.get(secret, accountPath(owner) + "/invitations/" + theirs)
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(secret, accountPath(owner) + "/invitations/" + theirs)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(secret, accountPath(stranger) + "/invitations").status())
                .isEqualTo(404);
        assertThat(api.delete(secret, accountPath(stranger) + "/invitations/" + theirs)
                        .status())
                .isEqualTo(404);

        assertThat(members.pendingInvitation(linkSecret(email))).isPresent();
    }

    @Test
    void invitationsNeedTheUsersPermission() {
        var owner = fixtures.owner("inv-perm");
        var member = fixtures.member(owner.account(), "inv-perm-m", Set.of(Permission.SETTINGS));
        String secret = token(tokens, member, Permission.SETTINGS);
        String path = accountPath(owner) + "/invitations";

        assertThat(api.get(secret, path).status()).isEqualTo(403);
        assertThat(api.post(secret, path, "{\"email\":\"" + Fixtures.uniqueEmail("x") + "\"}")
                        .status())
                .isEqualTo(403);
        assertThat(members.invitations(owner.account().id())).isEmpty();
    }

    private String linkSecret(String email) {
        String link = fixtures.latestLinkTo(email);
        return link.substring(link.indexOf("token=") + 6);
    }
}
