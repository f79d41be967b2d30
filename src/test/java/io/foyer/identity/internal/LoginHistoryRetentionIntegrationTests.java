package io.foyer.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LoginHistoryRetentionIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    LoginRecords records;

    @Autowired
    LoginHistoryService history;

    @Autowired
    MutableClock clock;

    @Test
    void loginsOlderThanTheRetentionAreForgotten() {
        var owner = fixtures.owner("retention");
        var now = clock.instant();
        records.insert(owner.userId(), now.minus(Duration.ofDays(91)), true, null, "password", "192.0.2.9", null);
        records.insert(owner.userId(), now.minus(Duration.ofDays(89)), false, "locked", "password", "192.0.2.8", null);

        history.forgetOldLogins();

        assertThat(history.latest(owner.userId(), 10)).singleElement().satisfies(login -> assertThat(login.ip())
                .isEqualTo("192.0.2.8"));
    }
}
