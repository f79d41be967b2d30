package io.foyer.renewal;

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
import io.foyer.ordering.internal.PaymentMethod;
import io.foyer.shared.Money;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import io.foyer.support.Fixtures;
import io.foyer.support.OrderingFixtures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Customers with a paid one-month service (10.00 EUR net, 11.90 gross), and credit on their balance. */
public class RenewalFixtures {

    /** A customer, the owner's email and password {@link Fixtures#PASSWORD}, and the service. */
    public record Customer(long accountId, String email, ServiceDetails service, Fixtures.UserAndAccount owner) {}

    private final OrderingFixtures shop;
    private final Fixtures fixtures;
    private final Checkout checkout;
    private final Billing billing;
    private final Payments payments;
    private final Services services;
    private final Ledger ledger;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RenewalFixtures(ApplicationContext context) {
        this.shop = new OrderingFixtures(
                context.getBean(CatalogAdministration.class),
                context.getBean(DemoSupport.class),
                context.getBean(Fixtures.class));
        this.fixtures = context.getBean(Fixtures.class);
        this.checkout = context.getBean(Checkout.class);
        this.billing = context.getBean(Billing.class);
        this.payments = context.getBean(Payments.class);
        this.services = context.getBean(Services.class);
        this.ledger = context.getBean(Ledger.class);
        this.tx = context.getBean(TransactionTemplate.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A customer whose service was ordered and paid by bank transfer today. */
    public Customer customer(String prefix) {
        return customer(prefix, "en");
    }

    /** The same for an account whose owner reads mails in {@code language}. */
    public Customer customer(String prefix, String language) {
        var owner = fixtures.owner(prefix, language);
        long accountId = owner.account().id();
        shop.address(accountId);
        return new Customer(accountId, owner.email(), orderedAndPaid(accountId, owner.userId(), prefix), owner);
    }

    /** Another one-month service of the customer's account, ordered and paid by bank transfer today. */
    public ServiceDetails anotherService(Customer c, String prefix) {
        return orderedAndPaid(c.accountId(), c.owner().userId(), prefix);
    }

    private ServiceDetails orderedAndPaid(long accountId, long userId, String prefix) {
        long orderId = checkout.place(
                        accountId,
                        List.of(new CartItem(shop.plan(prefix), BillingPeriod.ONE_MONTH)),
                        PaymentMethod.BANK_TRANSFER,
                        true,
                        userId,
                        Actor.system())
                .id();
        DocumentRef order = billing.unpaid(accountId).get(0);
        payments.recordBankPayment(
                accountId,
                order.id(),
                order.gross(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                "order",
                Actor.system());
        return services.ofOrder(accountId, orderId).get(0);
    }

    /** The payment requests of the customer's service's renewals, newest first. */
    public List<DocumentRef> requests(Customer c) {
        return documents(c.accountId(), c.service().id(), DocumentKind.PAYMENT_REQUEST);
    }

    /** The documents of a kind issued for the renewals of a service, newest first. */
    public List<DocumentRef> documents(long accountId, long serviceId, DocumentKind kind) {
        return billing.documentsFor(accountId, new DocumentOrigin(DocumentOrigin.Kind.RENEWAL, serviceId)).stream()
                .filter(d -> d.kind() == kind)
                .toList();
    }

    public void credit(long accountId, String amount) {
        tx.executeWithoutResult(s -> ledger.add(
                accountId, Ledger.Kind.MANUAL_CREDIT, Money.of(amount, "EUR"), null, null, "credit", Actor.system()));
    }
}
