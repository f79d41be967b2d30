package io.foyer.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.foyer.FoyerApplication;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentRef;
import io.foyer.notification.MailLog;
import io.foyer.notification.OutgoingMail;
import io.foyer.renewal.RenewalFixtures.Customer;
import io.foyer.renewal.internal.BillingRun;
import io.foyer.subscription.Services;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Two Foyer nodes on one database: next to the shared test context, a second application context
 * of the same application (its own beans, connection pool and transactions) on the same
 * PostgreSQL. Both start the billing run over the same due services at the same moment; together
 * they must leave exactly what one run leaves — one request per service and period, numbers
 * without a gap, each balance debited once, each mail sent once.
 */
@IntegrationTest
class TwoNodesIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Autowired
    Billing billing;

    @Autowired
    Services services;

    @Autowired
    MailLog mailLog;

    @Autowired
    BillingRun run;

    RenewalFixtures renewals;
    Instant start;

    static ConfigurableApplicationContext secondNode;

    @BeforeEach
    void setUp() {
        renewals = new RenewalFixtures(context);
        start = clock.instant();
    }

    @AfterEach
    void restore() {
        clock.set(start);
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
            secondNode = null;
        }
    }

    /**
     * The second node: the application's main class on the shared context's database (no embedded
     * server of its own, no migrations) on a free port, its schedules idle, and the test clock.
     */
    ConfigurableApplicationContext startSecondNode() throws Exception {
        HikariDataSource shared = dataSource.unwrap(HikariDataSource.class);
        Map<String, Object> properties = new LinkedHashMap<>();
        // A datasource URL switches the embedded PostgreSQL off (shared.db.EmbeddedDatabaseConfiguration).
        properties.put("spring.datasource.url", shared.getJdbcUrl());
        properties.put("spring.datasource.username", shared.getUsername());
        properties.put("spring.datasource.password", shared.getPassword());
        properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        properties.put("spring.datasource.hikari.pool-name", "second-node");
        properties.put("spring.flyway.enabled", "false");
        // Events left open by the first node are the first node's to finish.
        properties.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        // Smaller batches than the first node's (100): whichever node takes the batch lock first, the
        // other one finds work left between the batches.
        properties.put("foyer.renewal.batch-size", "2");
        properties.put("foyer.services.period-end-cron", "-");
        properties.put("spring.session.jdbc.cleanup-cron", "-");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        Clock testClock = clock;
        return new SpringApplicationBuilder(FoyerApplication.class)
                // The "test" profile keeps the scheduled billing run far away, as on the first node.
                .profiles("test")
                // A servlet application (sessions, security) like the first node, on a free port.
                .web(WebApplicationType.SERVLET)
                .properties(properties)
                .initializers(node -> {
                    // The same clock as the first node (the application's own steps aside when one is there) ...
                    node.getBeanFactory().registerSingleton("clock", testClock);
                    // ... and only the application's beans: component scanning would find test configuration too.
                    node.getBeanFactory().registerSingleton("testClassesExcluded", new TestClassesExcluded());
                })
                .run();
    }

    /** Leaves out of component scanning every class compiled from the tests. */
    static final class TestClassesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return TestClassesExcluded.class.hashCode();
        }
    }

    /** Six customers due for renewal, the first three with credit for one renewal and more. */
    List<Customer> group(String prefix) {
        List<Customer> group = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Customer c = renewals.customer(prefix + i);
            if (i < 3) {
                renewals.credit(c.accountId(), "30.00");
            }
            group.add(c);
        }
        return group;
    }

    /** What the run(s) left per customer: requests paid or not, balance, days added, mails by kind. */
    List<String> outcome(List<Customer> group) {
        return group.stream()
                .map(c -> {
                    List<String> requests = renewals.requests(c).stream()
                            .map(r -> r.gross().plain() + (r.paid() ? " paid" : " open"))
                            .toList();
                    long days = services.find(c.accountId(), c.service().id())
                                    .orElseThrow()
                                    .periodEnd()
                                    .toEpochDay()
                            - c.service().periodEnd().toEpochDay();
                    Map<String, Long> mails = mailLog.latest(c.email(), 500).stream()
                            .map(OutgoingMail::subject)
                            // Subjects name document numbers, which differ between groups.
                            .map(s -> s.replaceAll("[A-Z]{2}-\\d{4}-\\d+", "#"))
                            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
                    return requests + " " + billing.balance(c.accountId()).plain() + " +" + days + "d " + mails;
                })
                .toList();
    }

    List<Long> numbers(List<Customer> group) {
        return group.stream()
                .flatMap(c -> renewals.requests(c).stream())
                .map(DocumentRef::number)
                .map(n -> Long.parseLong(n.replaceAll("^.*?(\\d+)$", "$1")))
                .sorted()
                .toList();
    }

    @Test
    void twoNodesRunningTheBillingRunTogetherBillLikeOneRun() throws Exception {
        List<Customer> one = group("two-nodes-one");
        List<Customer> both = group("two-nodes-both");
        clock.set(one.get(0).service().periodEnd().minusDays(5).atTime(3, 0).toInstant(ZoneOffset.UTC));
        run.run("TEST", one.stream().map(Customer::accountId).toList());

        secondNode = startSecondNode();
        BillingRun other = secondNode.getBean(BillingRun.class);
        assertThat(other).isNotSameAs(run);
        // A first run over no account warms the new node up (connections, classes), so that it starts
        // as fast as the first node.
        other.run("WARM-UP", List.of());
        List<Long> accounts = both.stream().map(Customer::accountId).toList();
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> runs = new ArrayList<>();
            for (BillingRun node : List.of(run, other)) {
                String trigger = node == run ? "NODE-1" : "NODE-2";
                runs.add(nodes.submit(() -> {
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    return node.run(trigger, accounts);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Long> f : runs) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
            stopSecondNode();
        }

        List<String> expected = outcome(one);
        assertThat(expected.stream().filter(o -> o.startsWith("[11.90 paid] 18.10 +")))
                .hasSize(3);
        assertThat(expected.stream().filter(o -> o.startsWith("[11.90 open] 0.00 +0d")))
                .hasSize(3);
        assertThat(outcome(both)).isEqualTo(expected);
        List<Long> numbers = numbers(both);
        assertThat(numbers).hasSize(both.size());
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(both.size() - 1L);
    }
}
