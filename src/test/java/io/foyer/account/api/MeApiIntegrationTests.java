package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.all;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Actor;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.MemberData;
import io.foyer.account.internal.MemberManagement;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MeApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MemberManagement members;

    @Autowired
    MutableClock clock;

    @Autowired
    DemoSupport demo;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void meShowsTheUserAndTheTokenWithoutItsSecret() {
        var owner = fixtures.owner("me");
        String secret = token(tokens, owner, Permission.BILLING, Permission.SETTINGS);

        var me = api.get(secret, "/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode json = me.json();
        assertThat(json.at("/user/id").asLong()).isEqualTo(owner.userId());
        assertThat(json.at("/user/email").asString()).isEqualTo(owner.email());
        assertThat(json.at("/user/name").asString()).isEqualTo("Owner me");
        assertThat(json.at("/user/language").asString()).isEqualTo("en");
        assertThat(json.at("/token/accountId").asLong())
                .isEqualTo(owner.account().id());
        assertThat(json.at("/token/name").asString()).isEqualTo("test token");
        assertThat(json.at("/token/permissions").toString()).isEqualTo("[\"BILLING\",\"SETTINGS\"]");
        assertThat(json.at("/token/effectivePermissions").toString()).isEqualTo("[\"BILLING\",\"SETTINGS\"]");
        assertThat(json.at("/token/expiresAt").isNull()).isTrue();
        assertThat(me.body()).doesNotContain(secret).doesNotContainIgnoringCase("hash");
    }

    @Test
    void expiryIsAnIsoInstantInUtc() {
        var owner = fixtures.owner("me-expiry");
        Instant expiry = clock.instant().plus(Duration.ofDays(30));
        String secret = token(tokens, owner, expiry, Permission.BILLING);

        assertThat(api.get(secret, "/api/v1/me").json().at("/token/expiresAt").asString())
                .isEqualTo(expiry.toString())
                .endsWith("Z");
    }

    @Test
    void accountsListsTheOneAccountTheTokenIsBoundTo() {
        var owner = fixtures.owner("accounts");
        var agency = fixtures.owner("accounts-agency");
        // The agency user owns an account and is a member of the client's; the token is bound to the client's.
        demo.addMember(owner.account().id(), agency.userId(), Set.of(Permission.BILLING));
        var agencyInClient = new Fixtures.UserAndAccount(agency.userId(), agency.email(), owner.account());
        String agencyToken = token(tokens, agencyInClient, Permission.BILLING);

        JsonNode ownerAccounts = api.get(all(tokens, owner), "/api/v1/accounts").json();
        assertThat(ownerAccounts.path("items").size()).isEqualTo(1);
        JsonNode account = ownerAccounts.at("/items/0");
        assertThat(account.path("id").asLong()).isEqualTo(owner.account().id());
        assertThat(account.path("customerNumber").asLong())
                .isEqualTo(owner.account().customerNumber());
        assertThat(account.path("displayName").asString()).isEqualTo("Owner accounts");
        assertThat(account.path("owner").asBoolean()).isTrue();

        var agencyAccounts = api.get(agencyToken, "/api/v1/accounts");
        assertThat(agencyAccounts.json().path("items").size()).isEqualTo(1);
        assertThat(agencyAccounts.json().at("/items/0/id").asLong())
                .isEqualTo(owner.account().id());
        assertThat(agencyAccounts.json().at("/items/0/owner").asBoolean()).isFalse();
        assertThat(agencyAccounts.json().at("/items/0/permissions").toString()).isEqualTo("[\"BILLING\"]");
        // Its own account is not reachable with this token, although the user owns it.
        assertThat(api.get(agencyToken, accountPath(agency)).status()).isEqualTo(404);
    }

    @Test
    void effectivePermissionsShrinkWhenTheMemberLosesOne() {
        var owner = fixtures.owner("me-shrink");
        var member = fixtures.member(owner.account(), "me-shrink-m", Set.of(Permission.BILLING, Permission.DOMAINS));
        String secret = token(tokens, member, Permission.BILLING, Permission.DOMAINS);

        members.update(
                owner.account().id(),
                member.userId(),
                new MemberData(Set.of(Permission.DOMAINS), false),
                Actor.system());

        JsonNode token = api.get(secret, "/api/v1/me").json().path("token");
        assertThat(token.path("permissions").toString()).isEqualTo("[\"BILLING\",\"DOMAINS\"]");
        assertThat(token.path("effectivePermissions").toString()).isEqualTo("[\"DOMAINS\"]");
    }

    @Test
    void withoutAValidTokenEveryCallAnswers401() {
        var owner = fixtures.owner("unauth");
        String path = accountPath(owner);
        for (String url : new String[] {"/api/v1/me", "/api/v1/accounts", path, path + "/members"}) {
            var none = api.get(null, url);
            assertThat(none.status()).as(url).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).contains("Bearer");
            assertThat(none.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(none.json().path("status").asInt()).isEqualTo(401);

            assertThat(api.get("foyer_pat_not-a-real-token", url).status())
                    .as(url)
                    .isEqualTo(401);
            assertThat(api.get("not-even-the-prefix", url).status()).as(url).isEqualTo(401);
            assertThat(api.get("x".repeat(5000), url).status()).as(url).isEqualTo(401);
        }
        var basic = api.send(
                null,
                "GET",
                "/api/v1/me",
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                "Authorization",
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString((owner.email() + ":" + Fixtures.PASSWORD).getBytes()));
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenAnswers401() {
        var owner = fixtures.owner("revoked");
        String secret = all(tokens, owner);
        assertThat(api.get(secret, "/api/v1/me").status()).isEqualTo(200);
        long id = api.get(secret, "/api/v1/me").json().at("/token/id").asLong();

        tokens.revoke(owner.account().id(), owner.userId(), id, Actor.system());

        var response = api.get(secret, "/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("detail").asString()).contains("expired or revoked");
    }

    @Test
    void anExpiredTokenAnswers401() {
        var owner = fixtures.owner("expired");
        Instant start = clock.instant();
        String secret = token(tokens, owner, start.plus(Duration.ofHours(1)), Permission.BILLING);
        assertThat(api.get(secret, "/api/v1/me").status()).isEqualTo(200);
        try {
            clock.advance(Duration.ofHours(2));
            assertThat(api.get(secret, "/api/v1/me").status()).isEqualTo(401);
            assertThat(api.get(secret, accountPath(owner)).status()).isEqualTo(401);
        } finally {
            clock.set(start);
        }
    }

    @Test
    void aSessionCookieIsNoSubstituteForAToken() {
        var owner = fixtures.owner("cookie");
        var web = new io.foyer.support.WebClient(port);
        web.login(owner.email(), Fixtures.PASSWORD);
        // The web client keeps its session cookie, but the API chain is stateless and ignores it.
        assertThat(web.get("/api/v1/me").status()).isEqualTo(401);
    }
}
