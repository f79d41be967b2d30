package io.foyer.ordering.internal;

import io.foyer.account.AccountScopedId;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.PaymentRequestPaid;
import io.foyer.billing.PaymentRequestsPaid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Marks an order's items paid (and the order, once all are) in the paying transaction, and tells the access check which order ids are whose. */
@Configuration(proxyBeanMethods = false)
class OrderPayments {

    private final OrderRecords orders;

    OrderPayments(OrderRecords orders) {
        this.orders = orders;
    }

    @EventListener
    void on(PaymentRequestPaid paid) {
        if (paid.origin().kind() == DocumentOrigin.Kind.ORDER) {
            orders.markPlansPaid(paid.accountId(), paid.origin().reference(), paid.paidAt());
        } else if (paid.origin().kind() == DocumentOrigin.Kind.RENEWAL) {
            orders.markRenewalPaid(paid.accountId(), paid.origin().reference(), paid.documentId(), paid.paidAt());
        }
    }

    /**
     * Many payments at once (the billing run's renewals): one query finds the few that belong to
     * an order's renewal items; only those, and payments of orders, take the single path.
     */
    @EventListener
    void on(PaymentRequestsPaid batch) {
        java.util.Set<Long> ordered = orders.servicesWithOpenRenewalItems(batch.payments().stream()
                .filter(p -> p.origin().kind() == DocumentOrigin.Kind.RENEWAL)
                .map(p -> p.origin().reference())
                .toList());
        batch.payments().stream()
                .filter(p -> p.origin().kind() != DocumentOrigin.Kind.RENEWAL
                        || ordered.contains(p.origin().reference()))
                .forEach(this::on);
    }

    @Bean
    static AccountScopedId orderIds(OrderRecords orders) {
        return new AccountScopedId("orderId", (current, id) -> orders.exists(current.accountId(), id));
    }
}
