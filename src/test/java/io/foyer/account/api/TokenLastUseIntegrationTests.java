package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.ApiTokens.Token;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.WebClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TokenLastUseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MutableClock clock;

    private Token only(Fixtures.UserAndAccount who) {
        return tokens.ofMember(who.account().id(), who.userId()).get(0);
    }

    @Test
    void theLastUseIsRecordedWithItsAddressAtMostOnceAMinute() {
        var owner = fixtures.owner("last-use");
        String secret = ApiTestSupport.all(tokens, owner);
        ApiClient api = new ApiClient(port);
        assertThat(only(owner).lastUsedAt()).isNull();

        Instant start = clock.instant();
        try {
            assertThat(api.get(secret, "/api/v1/me").status()).isEqualTo(200);
            assertThat(only(owner).lastUsedAt()).isEqualTo(start);
            assertThat(only(owner).lastUsedIp()).isEqualTo("127.0.0.1");

            clock.advance(Duration.ofSeconds(59));
            api.get(secret, "/api/v1/me");
            assertThat(only(owner).lastUsedAt()).isEqualTo(start);

            clock.advance(Duration.ofSeconds(1));
            api.get(secret, "/api/v1/me");
            assertThat(only(owner).lastUsedAt()).isEqualTo(start.plusSeconds(60));

            var listed = api.get(secret, accountPath(owner) + "/tokens")
                    .json()
                    .path("items")
                    .get(0);
            assertThat(listed.path("lastUsedIp").asString()).isEqualTo("127.0.0.1");
            assertThat(Instant.parse(listed.path("lastUsedAt").asString())).isEqualTo(start.plusSeconds(60));
        } finally {
            clock.set(start);
        }

        WebClient web = new WebClient(port);
        web.login(owner.email(), Fixtures.PASSWORD);
        assertThat(web.get("/accounts/" + owner.account().id() + "/tokens").body())
                .contains("Last used (UTC)")
                .contains("from 127.0.0.1");
    }
}
