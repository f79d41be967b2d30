package io.foyer.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.account.Actor;
import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.internal.Ledger;
import io.foyer.billing.internal.Payments;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.ordering.internal.CartItem;
import io.foyer.ordering.internal.Checkout;
import io.foyer.ordering.internal.CheckoutRefused;
import io.foyer.ordering.internal.ItemsNotOrderable;
import io.foyer.ordering.internal.OrderDetails;
import io.foyer.ordering.internal.PaymentMethod;
import io.foyer.shared.Money;
import io.foyer.subscription.ServiceActivated;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.ServiceStatus;
import io.foyer.subscription.Services;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.OrderingFixtures;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class CheckoutIntegrationTests {

    static final Actor ACTOR = Actor.system();

    @Autowired
    Fixtures fixtures;

    @Autowired
    CatalogAdministration catalog;

    @Autowired
    DemoSupport support;

    @Autowired
    Checkout checkout;

    @Autowired
    Services services;

    @Autowired
    Ordering ordering;

    @Autowired
    Billing billing;

    @Autowired
    Payments payments;

    @Autowired
    Ledger ledger;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transactions;

    OrderingFixtures shop;

    @BeforeEach
    void setUp() {
        shop = new OrderingFixtures(catalog, support, fixtures);
    }

    @Test
    void checkoutCreatesTheOrderAPendingServicePerItemAndOnePaymentRequest() {
        var customer = shop.customer("checkout");
        long plan = shop.plan("S");
        long accountId = customer.account().id();

        OrderDetails order = checkout.place(
                accountId,
                List.of(new CartItem(plan, BillingPeriod.ONE_MONTH), new CartItem(plan, BillingPeriod.TWELVE_MONTHS)),
                PaymentMethod.BANK_TRANSFER,
                true,
                customer.userId(),
                ACTOR);

        assertThat(order.status()).isEqualTo("PENDING_PAYMENT");
        assertThat(order.items()).hasSize(2);
        List<ServiceDetails> created = services.ofOrder(accountId, order.id());
        assertThat(created).hasSize(2).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(ServiceStatus.PENDING);
            assertThat(s.periodEnd()).isNull();
        });
        assertThat(created)
                .extracting(s -> s.period())
                .containsExactly(BillingPeriod.ONE_MONTH, BillingPeriod.TWELVE_MONTHS);
        assertThat(created.get(0).price().sameAs(Money.of("10.00", "EUR"))).isTrue();

        List<DocumentRef> documents =
                billing.documentsFor(accountId, new DocumentOrigin(DocumentOrigin.Kind.ORDER, order.id()));
        assertThat(documents).hasSize(1);
        DocumentRef request = documents.get(0);
        assertThat(request.kind()).isEqualTo(DocumentKind.PAYMENT_REQUEST);
        assertThat(request.paid()).isFalse();
        // 10.00 + setup 5.00 + 100.00 = 115.00 net, 19 % VAT per line: 1.90 + 0.95 + 19.00.
        assertThat(request.gross().sameAs(Money.of("136.85", "EUR")))
                .as(request.gross().toString())
                .isTrue();
        assertThat(order.documentId()).isEqualTo(request.id());
        assertThat(order.gross().sameAs(request.gross())).isTrue();
        assertThat(events.stream(OrderPlaced.class).filter(e -> e.orderId() == order.id()))
                .hasSize(1);
    }

    @Test
    void paymentActivatesTheServicesFromThePaidDayForTheirPeriod() {
        var customer = shop.customer("checkout-paid");
        long plan = shop.plan("M");
        long accountId = customer.account().id();
        OrderDetails order = checkout.place(
                accountId,
                List.of(new CartItem(plan, BillingPeriod.TWELVE_MONTHS)),
                PaymentMethod.BANK_TRANSFER,
                true,
                customer.userId(),
                ACTOR);

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        payments.recordBankPayment(accountId, order.documentId(), order.gross(), today, "transfer", ACTOR);

        ServiceDetails service = services.ofOrder(accountId, order.id()).get(0);
        assertThat(service.status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(service.periodStart()).isEqualTo(today);
        assertThat(service.periodEnd()).isEqualTo(today.plusYears(1).minusDays(1));
        assertThat(checkout.order(accountId, order.id()).orElseThrow().paid()).isTrue();
        assertThat(events.stream(ServiceActivated.class).filter(e -> e.serviceId() == service.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.periodEnd()).isEqualTo(service.periodEnd()));
    }

    @Test
    void aPlanRetiredOrWithoutPriceSinceItWasAddedIsRefusedAndNothingIsWritten() {
        var customer = shop.customer("checkout-retired");
        long retired = shop.plan("Retired");
        long fine = shop.plan("Fine");
        long accountId = customer.account().id();
        catalog.retirePlan(retired);

        List<CartItem> cart = List.of(
                new CartItem(fine, BillingPeriod.ONE_MONTH),
                new CartItem(retired, BillingPeriod.ONE_MONTH),
                new CartItem(fine, BillingPeriod.SIX_MONTHS));
        assertThatThrownBy(() ->
                        checkout.place(accountId, cart, PaymentMethod.BANK_TRANSFER, true, customer.userId(), ACTOR))
                .isInstanceOfSatisfying(ItemsNotOrderable.class, e -> assertThat(e.refused())
                        .extracting(i -> i.index() + ":" + i.refusal())
                        .containsExactly("1:ordering.refused.retired", "2:ordering.refused.noPrice"));

        assertThat(checkout.orders(accountId, 10)).isEmpty();
        assertThat(services.ofAccount(accountId)).isEmpty();
        assertThat(billing.unpaid(accountId)).isEmpty();
    }

    @Test
    void payingFromTheBalanceActivatesAtOnceAndATooSmallBalanceChangesNothing() {
        var customer = shop.customer("checkout-balance");
        long plan = shop.plan("B");
        long accountId = customer.account().id();
        List<CartItem> cart = List.of(new CartItem(plan, BillingPeriod.TWELVE_MONTHS));

        assertThatThrownBy(() -> checkout.place(accountId, cart, PaymentMethod.BALANCE, true, customer.userId(), ACTOR))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class, e -> assertThat(e.messageKey()).isEqualTo("ordering.error.balance"));
        assertThat(checkout.orders(accountId, 10)).isEmpty();
        assertThat(services.ofAccount(accountId)).isEmpty();
        assertThat(billing.unpaid(accountId)).isEmpty();

        transactions.executeWithoutResult(tx -> ledger.add(
                accountId, Ledger.Kind.MANUAL_CREDIT, Money.of("200.00", "EUR"), null, null, "credit", ACTOR));
        Money before = billing.balance(accountId);
        OrderDetails order = checkout.place(accountId, cart, PaymentMethod.BALANCE, true, customer.userId(), ACTOR);

        assertThat(order.paid()).isTrue();
        assertThat(services.ofOrder(accountId, order.id())).singleElement().satisfies(s -> assertThat(s.status())
                .isEqualTo(ServiceStatus.ACTIVE));
        assertThat(billing.balance(accountId).sameAs(before.minus(order.gross())))
                .isTrue();
    }

    @Test
    void otherModulesPlaceOrdersThroughTheSameCheckout() {
        var customer = shop.customer("checkout-api");
        long plan = shop.plan("O");
        long accountId = customer.account().id();

        Ordering.Placed placed =
                ordering.place(accountId, List.of(new Ordering.Item(plan, BillingPeriod.ONE_MONTH)), false, ACTOR);

        assertThat(placed.serviceIds()).hasSize(1);
        assertThat(billing.unpaid(accountId)).extracting(DocumentRef::id).containsExactly(placed.documentId());
        assertThat(services.find(accountId, placed.serviceIds().get(0))
                        .orElseThrow()
                        .status())
                .isEqualTo(ServiceStatus.PENDING);
    }

    @Test
    void termsMustBeAcceptedAndTheAddressComplete() {
        var customer = fixtures.owner("checkout-no-address");
        long plan = shop.plan("T");
        long accountId = customer.account().id();
        List<CartItem> cart = List.of(new CartItem(plan, BillingPeriod.ONE_MONTH));

        assertThatThrownBy(() ->
                        checkout.place(accountId, cart, PaymentMethod.BANK_TRANSFER, false, customer.userId(), ACTOR))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class, e -> assertThat(e.field()).isEqualTo("acceptTerms"));
        assertThatThrownBy(() ->
                        checkout.place(accountId, cart, PaymentMethod.BANK_TRANSFER, true, customer.userId(), ACTOR))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class, e -> assertThat(e.field()).isEqualTo("address"));
        assertThatThrownBy(() -> checkout.place(
                        accountId, List.of(), PaymentMethod.BANK_TRANSFER, true, customer.userId(), ACTOR))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class, e -> assertThat(e.field()).isEqualTo("items"));
        assertThat(checkout.orders(accountId, 10)).isEmpty();
    }
}
