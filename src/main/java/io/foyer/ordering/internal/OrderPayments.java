package io.foyer.ordering.internal;

import io.foyer.account.AccountScopedId;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.PaymentRequestPaid;
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

    @Bean
    static AccountScopedId orderIds(OrderRecords orders) {
        return new AccountScopedId("orderId", (current, id) -> orders.exists(current.accountId(), id));
    }
}
