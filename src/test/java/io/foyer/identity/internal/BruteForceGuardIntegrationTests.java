package io.foyer.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.GuardedSecret;
import io.foyer.notification.Mailer;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The guard itself, with a per-address threshold of its own (the test profile raises the shared one). */
@IntegrationTest
class BruteForceGuardIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    UserRecords users;

    @Autowired
    Mailer mailer;

    @Autowired
    ApplicationEventPublisher events;

    private DatabaseBruteForceGuard guard(int subjectFailures, int ipFailures) {
        return new DatabaseBruteForceGuard(
                jdbc,
                clock,
                new BruteForcePolicy(subjectFailures, ipFailures, null, null, null, null),
                users,
                mailer,
                events);
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    @Test
    void oneAddressFailingForManyNamesIsLockedForAllOfThemAndOnlyForThatSecret() {
        var guard = guard(5, 3);
        String ip = "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffff);
        guard.failed(GuardedSecret.SECOND_FACTOR, unique("a"), ip, null);
        guard.failed(GuardedSecret.SECOND_FACTOR, unique("b"), ip, null);
        assertThat(guard.blockedFor(GuardedSecret.SECOND_FACTOR, unique("c"), ip))
                .isEmpty();
        guard.failed(GuardedSecret.SECOND_FACTOR, unique("c"), ip, null);

        assertThat(guard.blockedFor(GuardedSecret.SECOND_FACTOR, unique("d"), ip))
                .hasValue(Duration.ofMinutes(5));
        assertThat(guard.blockedFor(GuardedSecret.SECOND_FACTOR, unique("d"), "2001:db8::ffff:1"))
                .isEmpty();
        assertThat(guard.blockedFor(GuardedSecret.PASSWORD, unique("d"), ip)).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        var guard = guard(3, 1000);
        String subject = unique("window");
        Instant start = clock.instant();
        try {
            guard.failed(GuardedSecret.PHONE_PIN, subject, "192.0.2.1", null);
            guard.failed(GuardedSecret.PHONE_PIN, subject, "192.0.2.1", null);
            clock.advance(Duration.ofMinutes(16));
            guard.failed(GuardedSecret.PHONE_PIN, subject, "192.0.2.1", null);
            assertThat(guard.blockedFor(GuardedSecret.PHONE_PIN, subject, "192.0.2.2"))
                    .isEmpty();
            guard.failed(GuardedSecret.PHONE_PIN, subject, "192.0.2.1", null);
            guard.failed(GuardedSecret.PHONE_PIN, subject, "192.0.2.1", null);
            assertThat(guard.blockedFor(GuardedSecret.PHONE_PIN, subject, "192.0.2.2"))
                    .isPresent();
        } finally {
            clock.set(start);
        }
    }

    @Test
    void lockoutsGrowUpToTheMaximumAndAreForgottenAfterAQuietDay() {
        var guard = guard(1, 1000);
        String subject = unique("growing");
        Instant start = clock.instant();
        try {
            Duration[] expected = {
                Duration.ofMinutes(5),
                Duration.ofMinutes(10),
                Duration.ofMinutes(20),
                Duration.ofMinutes(40),
                Duration.ofMinutes(80),
                Duration.ofMinutes(160),
                Duration.ofHours(4),
                Duration.ofHours(4)
            };
            for (Duration lock : expected) {
                guard.failed(GuardedSecret.CODE_WORD, subject, "192.0.2.3", null);
                assertThat(guard.blockedFor(GuardedSecret.CODE_WORD, subject, "192.0.2.4"))
                        .hasValue(lock);
                clock.advance(lock);
            }
            clock.advance(Duration.ofHours(25));
            guard.failed(GuardedSecret.CODE_WORD, subject, "192.0.2.3", null);
            assertThat(guard.blockedFor(GuardedSecret.CODE_WORD, subject, "192.0.2.4"))
                    .hasValue(Duration.ofMinutes(5));
        } finally {
            clock.set(start);
        }
    }

    @Test
    void theStateLivesInTheDatabase() {
        String subject = unique("row");
        for (int i = 0; i < 5; i++) {
            guard(5, 1000).failed(GuardedSecret.CODE_WORD, subject, "192.0.2.7", null);
        }
        // A second guard (as on another node) sees the lock the first one wrote.
        assertThat(guard(5, 1000).blockedFor(GuardedSecret.CODE_WORD, subject, "192.0.2.8"))
                .isPresent();
        assertThat(jdbc.sql("select locked_until from identity_guard where secret = 'CODE_WORD' and key = ?")
                        .param(subject)
                        .query(Timestamp.class)
                        .single())
                .isNotNull();
    }
}
