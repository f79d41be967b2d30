package io.foyer.billing.internal;

import static io.foyer.billing.internal.BillingFixtures.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentAlreadyPaid;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.InsufficientBalance;
import io.foyer.billing.PaymentRequestPaid;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class PaymentsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSupport support;

    @Autowired
    Issuing issuing;

    @Autowired
    Payments payments;

    @Autowired
    DocumentRecords records;

    @Autowired
    DocumentActions actions;

    @Autowired
    Billing billing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    BillingSettings settings;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private long account(String prefix) {
        return BillingFixtures.germanCustomer(fixtures, support, prefix)
                .account()
                .id();
    }

    @Test
    void aPaymentInFullIssuesTheInvoiceAndPublishesTheEventInTheSameTransaction() {
        long accountId = account("pay-full");
        Document request = BillingFixtures.request(issuing, accountId);
        assertThat(request.gross().plain()).isEqualTo("23.80");

        var outcome =
                payments.recordBankPayment(accountId, request.id(), Money.of("23.80", "EUR"), TODAY, "ZA", SYSTEM);

        assertThat(outcome.document().status()).isEqualTo(Document.Status.PAID);
        Document invoice = outcome.invoice();
        assertThat(invoice.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(invoice.number()).isNotEqualTo(request.number()).startsWith("RE-");
        assertThat(invoice.sourceDocumentId()).isEqualTo(request.id());
        assertThat(invoice.status()).isEqualTo(Document.Status.PAID);
        assertThat(invoice.totalGross()).isEqualByComparingTo(request.totalGross());
        assertThat(records.lines(invoice.id())).usingRecursiveComparison().isEqualTo(records.lines(request.id()));
        assertThat(records.taxes(invoice.id())).usingRecursiveComparison().isEqualTo(records.taxes(request.id()));
        assertThat(events.stream(PaymentRequestPaid.class)
                        .filter(e -> e.documentId() == request.id())
                        .toList())
                .singleElement()
                .satisfies(e -> assertThat(e.origin()).isEqualTo(request.origin()));
        assertThat(billing.unpaid(accountId)).isEmpty();
        assertThat(billing.documentsFor(accountId, request.origin())).hasSize(2);
    }

    @Test
    void theInvoiceAddressIsToldOfTheRequestAndOfTheInvoiceInTheAccountsLanguage() {
        var owner = fixtures.owner("pay-mail", "de");
        long accountId = owner.account().id();
        support.completeAddress(accountId, "PRIVATE", null, "Hauptstraße 5", "10115", "Berlin", "DE", null);
        Document request = BillingFixtures.request(issuing, accountId);
        assertThat(fixtures.latestMailTo(owner.email()).orElseThrow()[0])
                .isEqualTo("Zahlungsaufforderung " + request.number());

        var invoice = payments.recordBankPayment(accountId, request.id(), request.gross(), TODAY, null, SYSTEM)
                .invoice();

        String[] mail = fixtures.latestMailTo(owner.email()).orElseThrow();
        assertThat(mail[0]).isEqualTo("Rechnung " + invoice.number());
        assertThat(mail[1]).contains("/accounts/" + accountId + "/invoices/" + invoice.id());
    }

    @Test
    void withInvoicesAtOnceTheInvoiceIsDueAndItsPaymentPublishesTheEvent() {
        SellerSettings before = settings.current();
        try {
            settings.save(before.withInvoiceAtOnce(true), SYSTEM);
            long accountId = account("pay-at-once");
            var ref = billing.requestPayment(
                    accountId,
                    BillingFixtures.order(),
                    List.of(BillingFixtures.line("Web hosting S, 1 month", "2", "10.00")),
                    SYSTEM);
            assertThat(ref.kind()).isEqualTo(DocumentKind.INVOICE);
            assertThat(ref.number()).startsWith("RE-");
            assertThat(billing.unpaid(accountId)).containsExactly(ref);

            var outcome = payments.recordBankPayment(accountId, ref.id(), ref.gross(), TODAY, null, SYSTEM);

            assertThat(outcome.invoice()).isNull();
            assertThat(outcome.document().status()).isEqualTo(Document.Status.PAID);
            assertThat(events.stream(PaymentRequestPaid.class).filter(e -> e.documentId() == ref.id()))
                    .hasSize(1);
            assertThat(invoicesOf(accountId)).isEqualTo(1);
        } finally {
            settings.save(before, SYSTEM);
        }
    }

    @Test
    void aPartialPaymentLeavesTheRestDueAndTheSecondCompletesIt() {
        long accountId = account("pay-part");
        Document request = BillingFixtures.request(issuing, accountId);
        var first = payments.recordBankPayment(accountId, request.id(), Money.of("20", "EUR"), TODAY, null, SYSTEM);
        assertThat(first.invoice()).isNull();
        assertThat(first.document().due().plain()).isEqualTo("3.80");
        var second = payments.recordBankPayment(accountId, request.id(), Money.of("3.80", "EUR"), TODAY, null, SYSTEM);
        assertThat(second.invoice()).isNotNull();
    }

    @Test
    void payingAPaidDocumentAgainIsRefusedAndChangesNothing() {
        long accountId = account("pay-twice");
        Document request = BillingFixtures.request(issuing, accountId);
        payments.recordBankPayment(accountId, request.id(), Money.of("23.80", "EUR"), TODAY, null, SYSTEM);

        assertThatThrownBy(() -> payments.recordBankPayment(
                        accountId, request.id(), Money.of("23.80", "EUR"), TODAY, null, SYSTEM))
                .isInstanceOf(DocumentAlreadyPaid.class);
        assertThatThrownBy(() -> billing.payFromBalance(accountId, request.id(), SYSTEM))
                .isInstanceOf(DocumentAlreadyPaid.class);
        assertThat(payments.of(request.id())).hasSize(1);
        assertThat(invoicesOf(accountId)).isEqualTo(1);
    }

    @Test
    void twoConcurrentPaymentsOfOneRequestNeverBothSucceed() throws Exception {
        long accountId = account("pay-race");
        Document request = BillingFixtures.request(issuing, accountId);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Boolean> pay = () -> {
            start.await();
            try {
                payments.recordBankPayment(accountId, request.id(), Money.of("23.80", "EUR"), TODAY, null, SYSTEM);
                return true;
            } catch (DocumentAlreadyPaid e) {
                return false;
            }
        };
        List<Future<Boolean>> results = new ArrayList<>(List.of(pool.submit(pay), pool.submit(pay)));
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> r : results) {
            succeeded += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(1);
        assertThat(payments.of(request.id())).hasSize(1);
        assertThat(invoicesOf(accountId)).isEqualTo(1);
    }

    @Test
    void anOverpaymentGoesToTheBalanceWhichPaysTheNextRequest() {
        long accountId = account("pay-over");
        Document first = BillingFixtures.request(issuing, accountId);
        var outcome = payments.recordBankPayment(accountId, first.id(), Money.of("50.00", "EUR"), TODAY, null, SYSTEM);
        assertThat(outcome.toBalance().plain()).isEqualTo("26.20");
        assertThat(billing.balance(accountId).plain()).isEqualTo("26.20");

        Document second = BillingFixtures.request(issuing, accountId);
        billing.payFromBalance(accountId, second.id(), SYSTEM);

        assertThat(records.find(accountId, second.id()).orElseThrow().status()).isEqualTo(Document.Status.PAID);
        assertThat(billing.balance(accountId).plain()).isEqualTo("2.40");
        assertThat(payments.of(second.id())).singleElement().satisfies(p -> assertThat(p.method())
                .isEqualTo(Payments.Method.BALANCE));
    }

    @Test
    void aDocumentListedTwiceForPaymentFromTheBalanceIsPaidOnce() {
        long accountId = account("pay-twice-listed");
        Document request = BillingFixtures.request(issuing, accountId);
        actions.credit(accountId, Ledger.Kind.VOUCHER, Money.of("100.00", "EUR"), "welcome", SYSTEM);

        var paid = billing.payFromBalances(List.of(request.ref(), request.ref()), SYSTEM);

        assertThat(paid).containsExactly(request.id());
        assertThat(payments.of(request.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.amount().plain()).isEqualTo("23.80"));
        assertThat(billing.balance(accountId).plain()).isEqualTo("76.20");
        assertThat(records.invoiceOf(accountId, request.id())).isPresent();
    }

    @Test
    void aBalanceTooSmallIsRefusedAndNothingChanges() {
        long accountId = account("pay-short");
        Document request = BillingFixtures.request(issuing, accountId);
        actions.credit(accountId, Ledger.Kind.VOUCHER, Money.of("5.00", "EUR"), "welcome", SYSTEM);

        assertThatThrownBy(() -> billing.payFromBalance(accountId, request.id(), SYSTEM))
                .isInstanceOf(InsufficientBalance.class);

        assertThat(billing.balance(accountId).plain()).isEqualTo("5.00");
        assertThat(payments.of(request.id())).isEmpty();
        assertThat(records.find(accountId, request.id()).orElseThrow().status()).isEqualTo(Document.Status.UNPAID);
    }

    @Test
    void badPaymentAmountsAreRefusedWithoutWritingAnything() {
        long accountId = account("pay-bad");
        Document request = BillingFixtures.request(issuing, accountId);
        assertThatThrownBy(() -> payments.recordBankPayment(
                        accountId, request.id(), Money.of("1.001", "EUR"), TODAY, null, SYSTEM))
                .isInstanceOfSatisfying(
                        BillingProblem.class, p -> assertThat(p.messageKey()).isEqualTo("billing.error.decimals"));
        assertThatThrownBy(() ->
                        payments.recordBankPayment(accountId, request.id(), Money.of("0", "EUR"), TODAY, null, SYSTEM))
                .isInstanceOf(BillingProblem.class);
        assertThatThrownBy(() ->
                        payments.recordBankPayment(accountId, request.id(), Money.of("10", "USD"), TODAY, null, SYSTEM))
                .isInstanceOf(BillingProblem.class);
        assertThatThrownBy(() -> payments.recordBankPayment(
                        accountId, request.id(), Money.of("10", "EUR"), TODAY.plusDays(1), null, SYSTEM))
                .isInstanceOf(BillingProblem.class);
        assertThat(payments.of(request.id())).isEmpty();
    }

    private int invoicesOf(long accountId) {
        return records.count(accountId, DocumentRecords.Filter.ALL, DocumentKind.INVOICE);
    }
}
