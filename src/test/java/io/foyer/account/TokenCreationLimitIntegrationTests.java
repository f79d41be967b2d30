package io.foyer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.internal.ApiTokens;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TokenCreationLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Test
    void aUserCreatesAtMostTwentyTokensAnHourAndTheTwentyFirstChangesNothing() {
        var owner = fixtures.owner("token-limit");
        long accountId = owner.account().id();
        WebClient web = new WebClient(port);
        web.login(owner.email(), Fixtures.PASSWORD);
        for (int i = 1; i <= 20; i++) {
            var created = web.postForm("/accounts/" + accountId + "/tokens", "name", "script " + i, "validDays", "30");
            assertThat(created.body()).contains(ApiTokens.PREFIX);
        }
        var refused = web.postForm("/accounts/" + accountId + "/tokens", "name", "one more", "validDays", "30");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Too many tokens were created in the last hour")
                .doesNotContain("Copy this token now");
        assertThat(tokens.ofMember(accountId, owner.userId())).hasSize(20);
    }
}
