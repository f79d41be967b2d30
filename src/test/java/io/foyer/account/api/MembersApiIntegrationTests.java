package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.all;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.Member;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.MemberData;
import io.foyer.account.internal.MemberManagement;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MembersApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MemberManagement memberManagement;

    @Autowired
    Accounts accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void membersAreListedOwnerFirst() {
        var owner = fixtures.owner("members");
        var member = fixtures.member(owner.account(), "members-m", Set.of(Permission.DOMAINS, Permission.BILLING));
        var response = api.get(token(tokens, owner, Permission.USERS), accountPath(owner) + "/members");

        assertThat(response.status()).isEqualTo(200);
        JsonNode items = response.json().path("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.at("/0/userId").asLong()).isEqualTo(owner.userId());
        assertThat(items.at("/0/owner").asBoolean()).isTrue();
        assertThat(items.at("/0/permissions").size()).isEqualTo(Permission.values().length);
        assertThat(items.at("/1/userId").asLong()).isEqualTo(member.userId());
        assertThat(items.at("/1/email").asString()).isEqualTo(member.email());
        assertThat(items.at("/1/name").asString()).isEqualTo("Member members-m");
        assertThat(items.at("/1/permissions").toString()).isEqualTo("[\"BILLING\",\"DOMAINS\"]");
        assertThat(items.at("/1/since").asString()).endsWith("Z");

        var one = api.get(token(tokens, owner, Permission.USERS), accountPath(owner) + "/members/" + member.userId());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("email").asString()).isEqualTo(member.email());
    }

    @Test
    void permissionsAndSupportFlagCanBeReplaced() {
        var owner = fixtures.owner("members-put");
        var member = fixtures.member(owner.account(), "members-put-m", Set.of(Permission.BILLING));
        String path = accountPath(owner) + "/members/" + member.userId();

        var response = api.put(
                token(tokens, owner, Permission.USERS),
                path,
                "{\"permissions\":[\"SUPPORT\",\"SERVICES\"],\"supportEligible\":true}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("permissions").toString()).isEqualTo("[\"SERVICES\",\"SUPPORT\"]");
        assertThat(response.json().path("supportEligible").asBoolean()).isTrue();
        Member stored = member(owner.account().id(), member.userId());
        assertThat(stored.permissions()).containsExactlyInAnyOrder(Permission.SUPPORT, Permission.SERVICES);
        var audit = accounts.auditLog(owner.account().id(), 1).get(0);
        assertThat(audit.action()).isEqualTo("member.updated");
        assertThat(audit.actorName()).isEqualTo(owner.email());
    }

    @Test
    void theOwnerCannotBeChangedOrRemoved() {
        var owner = fixtures.owner("members-owner");
        var admin = fixtures.member(owner.account(), "members-owner-admin", Set.of(Permission.USERS));
        String secret = token(tokens, admin, Permission.USERS);
        String path = accountPath(owner) + "/members/" + owner.userId();

        var change = api.put(secret, path, "{\"permissions\":[],\"supportEligible\":false}");
        assertThat(change.status()).isEqualTo(422);
        assertThat(change.fieldError("permissions")).isEqualTo("The owner always has every permission.");

        var remove = api.delete(secret, path);
        assertThat(remove.status()).isEqualTo(422);
        assertThat(remove.fieldError("member")).startsWith("The owner cannot be removed.");
        var german = api.send(
                secret, "DELETE", path, java.net.http.HttpRequest.BodyPublishers.noBody(), "Accept-Language", "de");
        assertThat(german.fieldError("member")).startsWith("Der Inhaber kann nicht entfernt werden.");

        Member stillOwner = member(owner.account().id(), owner.userId());
        assertThat(stillOwner.owner()).isTrue();
        assertThat(stillOwner.permissions()).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void removingAMemberRevokesTheirTokensForTheAccount() {
        var owner = fixtures.owner("members-remove");
        var member = fixtures.member(owner.account(), "members-remove-m", Set.of(Permission.BILLING));
        String memberToken = token(tokens, member, Permission.BILLING);
        assertThat(api.get(memberToken, accountPath(owner)).status()).isEqualTo(200);

        String ownerToken = all(tokens, owner);
        var removed = api.delete(ownerToken, accountPath(owner) + "/members/" + member.userId());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(accounts.auditLog(owner.account().id(), 1).get(0).action()).isEqualTo("member.removed");
        assertThat(api.get(ownerToken, accountPath(owner) + "/members/" + member.userId())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(memberToken, accountPath(owner)).status()).isEqualTo(401);
    }

    @Test
    void membersOfAnotherAccountAnswer404() {
        var owner = fixtures.owner("members-mine");
        var stranger = fixtures.owner("members-theirs");
        var theirMember = fixtures.member(stranger.account(), "members-theirs-m", Set.of(Permission.BILLING));
        String secret = all(tokens, owner);
        String foreign = accountPath(owner) + "/members/" + theirMember.userId();

        assertThat(api.get(secret, foreign).status()).isEqualTo(404);
        assertThat(api.put(secret, foreign, "{\"permissions\":[\"USERS\"],\"supportEligible\":true}")
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(secret, foreign).status()).isEqualTo(404);
        assertThat(api.get(secret, accountPath(stranger) + "/members").status()).isEqualTo(404);
        assertThat(api.delete(secret, accountPath(stranger) + "/members/" + theirMember.userId())
                        .status())
                .isEqualTo(404);

        assertThat(member(stranger.account().id(), theirMember.userId()).permissions())
                .containsExactly(Permission.BILLING);
    }

    @Test
    void userManagementNeedsTheUsersPermissionOnTokenAndMember() {
        var owner = fixtures.owner("members-perm");
        var admin =
                fixtures.member(owner.account(), "members-perm-admin", Set.of(Permission.USERS, Permission.BILLING));
        var other = fixtures.member(owner.account(), "members-perm-other", Set.of());
        String path = accountPath(owner) + "/members";
        String billingToken = token(tokens, admin, Permission.BILLING);
        String usersToken = token(tokens, admin, Permission.USERS);

        assertThat(api.get(billingToken, path).status()).isEqualTo(403);
        assertThat(api.delete(billingToken, path + "/" + other.userId()).status())
                .isEqualTo(403);
        assertThat(api.get(usersToken, path).status()).isEqualTo(200);

        memberManagement.update(
                owner.account().id(),
                admin.userId(),
                new MemberData(Set.of(Permission.BILLING), false),
                Actor.system());

        assertThat(api.get(usersToken, path).status()).isEqualTo(403);
        assertThat(api.delete(usersToken, path + "/" + other.userId()).status()).isEqualTo(403);
        assertThat(member(owner.account().id(), other.userId())).isNotNull();
    }

    @Test
    void unknownOrMissingPermissionsAreFieldErrors() {
        var owner = fixtures.owner("members-enum");
        var member = fixtures.member(owner.account(), "members-enum-m", Set.of(Permission.BILLING));
        String secret = all(tokens, owner);
        String path = accountPath(owner) + "/members/" + member.userId();

        var unknown = api.put(secret, path, "{\"permissions\":[\"BILLING\",\"ROOT\"],\"supportEligible\":false}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.fieldError("permissions[1]"))
                .isEqualTo("Please use one of: BILLING, SERVICES, DOMAINS, SUPPORT, USERS, SETTINGS.");

        var missing = api.put(secret, path, "{\"supportEligible\":true}", "Accept-Language", "de");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.fieldError("permissions")).isEqualTo("Bitte füllen Sie dieses Feld aus.");

        var nullEntry = api.put(secret, path, "{\"permissions\":[null],\"supportEligible\":true}");
        assertThat(nullEntry.status()).isEqualTo(422);

        var notAList = api.put(secret, path, "{\"permissions\":\"BILLING\",\"supportEligible\":true}");
        assertThat(notAList.status()).isEqualTo(422);
        assertThat(notAList.fieldError("permissions"))
                .isEqualTo("This value is missing or has the wrong type or format.");

        assertThat(member(owner.account().id(), member.userId()).permissions()).containsExactly(Permission.BILLING);
    }

    private Member member(long accountId, long userId) {
        return accounts.members(accountId).stream()
                .filter(m -> m.userId() == userId)
                .findFirst()
                .orElse(null);
    }
}
