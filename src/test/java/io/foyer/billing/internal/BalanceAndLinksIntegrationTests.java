package io.foyer.billing.internal;

import static io.foyer.billing.internal.BillingFixtures.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BalanceAndLinksIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSupport support;

    @Autowired
    Issuing issuing;

    @Autowired
    Payments payments;

    @Autowired
    DocumentActions actions;

    @Autowired
    Payouts payouts;

    @Autowired
    PaymentLinks links;

    @Autowired
    Ledger ledger;

    @Autowired
    Billing billing;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private long accountWithCredit(String prefix, String credit) {
        long accountId = BillingFixtures.germanCustomer(fixtures, support, prefix)
                .account()
                .id();
        actions.credit(accountId, Ledger.Kind.MANUAL_CREDIT, Money.of(credit, "EUR"), "goodwill", SYSTEM);
        return accountId;
    }

    @Test
    void aPayoutIsRequestedApprovedAndBookedOnTheLedger() {
        long accountId = accountWithCredit("payout", "30.00");
        long id = payouts.request(accountId, Money.of("20.00", "EUR"), "IBAN DE89370400440532013000", SYSTEM);

        assertThatThrownBy(() -> payouts.request(accountId, Money.of("10.01", "EUR"), null, SYSTEM))
                .isInstanceOfSatisfying(
                        BillingProblem.class, p -> assertThat(p.messageKey()).isEqualTo("billing.payout.exceeds"));

        payouts.approve(id, SYSTEM);

        assertThat(billing.balance(accountId).plain()).isEqualTo("10.00");
        assertThat(payouts.find(id).orElseThrow().status()).isEqualTo(Payouts.Status.APPROVED);
        assertThat(ledger.entries(accountId, 10).get(0).kind()).isEqualTo(Ledger.Kind.PAYOUT);
        assertThatThrownBy(() -> payouts.approve(id, SYSTEM))
                .isInstanceOfSatisfying(
                        BillingProblem.class, p -> assertThat(p.messageKey()).isEqualTo("billing.payout.decided"));
    }

    @Test
    void anApprovalNeverTakesMoreThanTheBalanceHoldsThen() {
        long accountId = accountWithCredit("payout-spent", "25.00");
        long id = payouts.request(accountId, Money.of("20.00", "EUR"), null, SYSTEM);
        Document request = BillingFixtures.request(issuing, accountId);
        billing.payFromBalance(accountId, request.id(), SYSTEM); // 23.80 spent, 1.20 left

        assertThatThrownBy(() -> payouts.approve(id, SYSTEM))
                .isInstanceOfSatisfying(BillingProblem.class, p -> assertThat(p.messageKey())
                        .isEqualTo("billing.payout.exceedsBalance"));
        assertThat(billing.balance(accountId).plain()).isEqualTo("1.20");

        payouts.refuse(id, "Balance spent on an invoice", SYSTEM);
        assertThat(payouts.find(id).orElseThrow().refusalReason()).isEqualTo("Balance spent on an invoice");
        assertThatThrownBy(() -> payouts.refuse(id, "again", SYSTEM)).isInstanceOf(BillingProblem.class);
    }

    @Test
    void badPayoutRequestsAreRefused() {
        long accountId = accountWithCredit("payout-bad", "5.00");
        assertThatThrownBy(() -> payouts.request(accountId, Money.of("0", "EUR"), null, SYSTEM))
                .isInstanceOf(BillingProblem.class);
        assertThatThrownBy(() -> payouts.request(accountId, Money.of("1.001", "EUR"), null, SYSTEM))
                .isInstanceOf(BillingProblem.class);
        assertThatThrownBy(() -> payouts.request(accountId, Money.of("1", "USD"), null, SYSTEM))
                .isInstanceOf(BillingProblem.class);
        assertThat(payouts.of(accountId)).isEmpty();
    }

    @Test
    void aPaymentLinkShowsItsDocumentUntilPaidAndStoresOnlyAHash() {
        long accountId = BillingFixtures.germanCustomer(fixtures, support, "link")
                .account()
                .id();
        Document request = BillingFixtures.request(issuing, accountId);

        PaymentLinks.Link link = links.create(accountId, request.id(), SYSTEM);

        assertThat(link.token()).hasSizeGreaterThanOrEqualTo(PaymentLinks.PREFIX.length() + 43);
        assertThat(jdbc.sql("select count(*) from billing_payment_link where token_hash = ?")
                        .param(link.token())
                        .query(Integer.class)
                        .single())
                .isZero();
        var valid = links.resolve(link.token());
        assertThat(valid.state()).isEqualTo(PaymentLinks.State.VALID);
        assertThat(valid.document().id()).isEqualTo(request.id());

        assertThat(links.resolve(link.token() + "x").state()).isEqualTo(PaymentLinks.State.UNKNOWN);
        assertThat(links.resolve("nonsense").state()).isEqualTo(PaymentLinks.State.UNKNOWN);
        assertThat(links.resolve(null).state()).isEqualTo(PaymentLinks.State.UNKNOWN);

        payments.recordBankPayment(accountId, request.id(), request.gross(), LocalDate.now(clock), null, SYSTEM);
        assertThat(links.resolve(link.token()).state()).isEqualTo(PaymentLinks.State.PAID);
        assertThatThrownBy(() -> links.create(accountId, request.id(), SYSTEM)).isInstanceOf(BillingProblem.class);
    }

    @Test
    void aPaymentLinkExpiresAfterItsValidity() {
        long accountId = BillingFixtures.germanCustomer(fixtures, support, "link-old")
                .account()
                .id();
        Document request = BillingFixtures.request(issuing, accountId);
        PaymentLinks.Link link = links.create(accountId, request.id(), SYSTEM);
        var start = clock.instant();
        try {
            clock.advance(Duration.ofDays(29));
            assertThat(links.resolve(link.token()).state()).isEqualTo(PaymentLinks.State.VALID);
            clock.advance(Duration.ofDays(1));
            assertThat(links.resolve(link.token()).state()).isEqualTo(PaymentLinks.State.EXPIRED);
        } finally {
            clock.set(start);
        }
    }
}
