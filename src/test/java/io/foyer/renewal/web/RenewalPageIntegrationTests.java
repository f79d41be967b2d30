package io.foyer.renewal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.billing.Billing;
import io.foyer.billing.DocumentOrigin;
import io.foyer.renewal.RenewalFixtures;
import io.foyer.renewal.RenewalFixtures.Customer;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.WebClient;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class RenewalPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Billing billing;

    @Autowired
    MutableClock clock;

    RenewalFixtures renewals;
    Instant start;

    @BeforeEach
    void setUp() {
        renewals = new RenewalFixtures(context);
        start = clock.instant();
    }

    @AfterEach
    void restore() {
        clock.set(start);
    }

    WebClient signedIn(Customer c) {
        WebClient web = new WebClient(port);
        assertThat(web.login(c.email(), Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    long requests(Customer c) {
        return billing.documentsFor(
                        c.accountId(),
                        new DocumentOrigin(
                                DocumentOrigin.Kind.RENEWAL, c.service().id()))
                .size();
    }

    @Test
    void theDashboardShowsDueServicesAndRenewNowRequestsPaymentOnce() {
        Customer c = renewals.customer("renew-page");
        Customer other = renewals.customer("renew-page-other");
        String base = "/accounts/" + c.accountId();
        assertThat(signedIn(c).get(base).body()).contains("Active services").doesNotContain("Renew now");

        // Sessions expire by the same clock: sign in again after moving it.
        clock.set(c.service()
                .periodEnd()
                .minusDays(5)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
        WebClient web = signedIn(c);
        assertThat(web.get(base).body()).contains("1 of your services are due for renewal.", "Renew now");
        assertThat(web.get(base + "/renewals").body()).contains(c.service().name(), "name=\"serviceId\"");

        // Another account's service is not this account's to renew.
        assertThat(web.postForm(
                                base + "/renewals",
                                "serviceId",
                                String.valueOf(other.service().id()))
                        .redirect())
                .endsWith(base + "/renewals");
        assertThat(web.get(base + "/renewals").body()).contains("Select at least one service to renew.");
        assertThat(requests(other)).isZero();

        web.postForm(base + "/renewals", "serviceId", String.valueOf(c.service().id()));
        assertThat(web.get(base + "/renewals").body()).contains("Payment requested:", "11.90");
        web.postForm(base + "/renewals", "serviceId", String.valueOf(c.service().id()));
        assertThat(requests(c)).isEqualTo(1);
    }
}
