package io.foyer.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Bean
    SecurityEvents securityEvents() {
        return new SecurityEvents();
    }

    @Bean
    Fixtures fixtures(
            io.foyer.identity.Users users,
            io.foyer.account.AccountCreation accounts,
            io.foyer.account.DemoSupport support,
            io.foyer.identity.StaffUsers staff,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new Fixtures(users, accounts, support, staff, jdbc);
    }
}
