package io.foyer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.billing.BillingAdministration;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.ordering.Ordering;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.ServiceStatus;
import io.foyer.subscription.Services;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's documents, seeded inside a transaction that is rolled back, so other tests never see them. */
@IntegrationTest
class DemoBillingIntegrationTests {

    @Autowired
    CatalogAdministration catalogAdmin;

    @Autowired
    DemoSupport support;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Billing billing;

    @Autowired
    Services services;

    @Autowired
    Catalog catalog;

    @Autowired
    Ordering ordering;

    @Autowired
    BillingAdministration billingAdmin;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void firstAccountHasAnActiveServiceAPaidInvoiceAndADueRenewalSecondAPaidReverseChargeInvoice() {
        long first = fixtures.owner("demo-first").account().id();
        long second = fixtures.owner("demo-second").account().id();
        tx.executeWithoutResult(status -> {
            new DemoCatalog(catalogAdmin).seed();
            support.completeAddress(first, "PRIVATE", null, "Hauptstraße 1", "10115", "Berlin", "DE", null);
            support.completeAddress(
                    second,
                    "BUSINESS",
                    "Demo Agency GmbH",
                    "Mariahilfer Straße 10",
                    "1070",
                    "Wien",
                    "AT",
                    "ATU12345678");

            new DemoBilling(catalog, ordering, billingAdmin, billing, services, clock).seed(first, second);

            List<ServiceDetails> active = services.active(first);
            assertThat(active).hasSize(1);
            assertThat(active.get(0).status()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(paidInvoices(first)).hasSize(1);
            assertThat(billing.unpaid(first))
                    .singleElement()
                    .extracting(DocumentRef::kind)
                    .isEqualTo(DocumentKind.PAYMENT_REQUEST);

            assertThat(paidInvoices(second)).singleElement().satisfies(invoice -> {
                assertThat(treatment(invoice.id())).isEqualTo("REVERSE_CHARGE");
                assertThat(invoice.gross().currency()).isEqualTo("EUR");
            });
            assertThat(billing.unpaid(second)).isEmpty();
            status.setRollbackOnly();
        });
    }

    private List<DocumentRef> paidInvoices(long accountId) {
        return services.ofAccount(accountId).stream()
                .map(ServiceDetails::orderId)
                .distinct()
                .flatMap(order ->
                        billing.documentsFor(accountId, new DocumentOrigin(DocumentOrigin.Kind.ORDER, order)).stream())
                .filter(d -> d.kind() == DocumentKind.INVOICE && d.paid())
                .toList();
    }

    private String treatment(long documentId) {
        return jdbc.sql("select tax_treatment from billing_document where id = ?")
                .param(documentId)
                .query(String.class)
                .single();
    }
}
