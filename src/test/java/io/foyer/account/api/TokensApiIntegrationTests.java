package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
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
class TokensApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aMemberSeesOnlyTheirOwnTokensWithoutSecrets() {
        var owner = fixtures.owner("tokens");
        var member = fixtures.member(owner.account(), "tokens-m", Set.of(Permission.BILLING));
        String ownerToken = token(tokens, owner, Permission.BILLING, Permission.USERS);
        Instant expiry = clock.instant().plus(Duration.ofDays(90));
        String memberToken = token(tokens, member, expiry, Permission.BILLING);
        token(tokens, member); // a second one, with no permissions

        var response = api.get(memberToken, accountPath(owner) + "/tokens");

        assertThat(response.status()).isEqualTo(200);
        JsonNode items = response.json().path("items");
        assertThat(items.size()).isEqualTo(2);
        JsonNode used = items.values().stream()
                .filter(t -> !t.path("lastUsedAt").isNull())
                .findFirst()
                .orElseThrow();
        assertThat(used.path("name").asString()).isEqualTo("test token");
        assertThat(used.path("hint").asString()).isEqualTo(memberToken.substring(0, 14));
        assertThat(used.path("permissions").toString()).isEqualTo("[\"BILLING\"]");
        assertThat(used.path("expiresAt").asString()).isEqualTo(expiry.toString());
        assertThat(used.path("active").asBoolean()).isTrue();
        assertThat(used.path("revokedAt").isNull()).isTrue();
        assertThat(used.path("createdAt").asString()).endsWith("Z");
        assertThat(response.body())
                .doesNotContain(memberToken)
                .doesNotContain(ownerToken.substring(0, 14))
                .doesNotContainIgnoringCase("hash")
                .doesNotContainIgnoringCase("secret");
    }

    @Test
    void aMemberRevokesTheirOwnTokensButNotOthers() {
        var owner = fixtures.owner("tokens-revoke");
        var member = fixtures.member(owner.account(), "tokens-revoke-m", Set.of(Permission.BILLING));
        String ownerToken = token(tokens, owner, Permission.USERS);
        String memberToken = token(tokens, member);
        String memberSpare = token(tokens, member, Permission.BILLING);
        long ownerTokenId =
                api.get(ownerToken, "/api/v1/me").json().at("/token/id").asLong();
        long spareId = api.get(memberSpare, "/api/v1/me").json().at("/token/id").asLong();
        String path = accountPath(owner) + "/tokens/";

        assertThat(api.delete(memberToken, path + ownerTokenId).status()).isEqualTo(404);
        assertThat(api.get(ownerToken, "/api/v1/me").status()).isEqualTo(200);

        assertThat(api.delete(memberToken, path + spareId).status()).isEqualTo(204);
        assertThat(api.get(memberSpare, "/api/v1/me").status()).isEqualTo(401);
        JsonNode spare = api.get(memberToken, accountPath(owner) + "/tokens").json().path("items").values().stream()
                .filter(t -> t.path("id").asLong() == spareId)
                .findFirst()
                .orElseThrow();
        assertThat(spare.path("active").asBoolean()).isFalse();
        assertThat(spare.path("revokedAt").asString()).endsWith("Z");
        assertThat(accounts.auditLog(owner.account().id(), 1).get(0).actorName())
                .isEqualTo(member.email());

        // Revoking the token in use is allowed and takes effect at once.
        long ownId = api.get(memberToken, "/api/v1/me").json().at("/token/id").asLong();
        assertThat(api.delete(memberToken, path + ownId).status()).isEqualTo(204);
        assertThat(api.get(memberToken, "/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void tokensOfAnotherAccountAnswer404() {
        var owner = fixtures.owner("tokens-mine");
        var stranger = fixtures.owner("tokens-theirs");
        String mine = token(tokens, owner, Permission.values());
        String theirs = token(tokens, stranger);
        long theirId = api.get(theirs, "/api/v1/me").json().at("/token/id").asLong();

        assertThat(api.delete(mine, accountPath(owner) + "/tokens/" + theirId).status())
                .isEqualTo(404);
        assertThat(api.get(mine, accountPath(stranger) + "/tokens").status()).isEqualTo(404);
        assertThat(api.delete(mine, accountPath(stranger) + "/tokens/" + theirId)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(theirs, "/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theListShowsExpiredTokensAsInactive() {
        var owner = fixtures.owner("tokens-expired");
        Instant start = clock.instant();
        token(tokens, owner, start.plus(Duration.ofMinutes(5)));
        String longLived = token(tokens, owner, start.plus(Duration.ofDays(5)));
        try {
            clock.advance(Duration.ofHours(1));
            JsonNode items =
                    api.get(longLived, accountPath(owner) + "/tokens").json().path("items");
            assertThat(items.values().stream().map(t -> t.path("active").asBoolean()))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            clock.set(start);
        }
    }
}
