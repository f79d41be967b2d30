package io.foyer.ordering.internal;

import io.foyer.account.AccountScopedId;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.PaymentRequestPaid;
import io.foyer.billing.PaymentRequestsPaid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Marks an order paid in the paying transaction, and tells the access check which order ids are whose. */
@Configuration(proxyBeanMethods = false)
class OrderPayments {

    private final OrderRecords orders;

    OrderPayments(OrderRecords orders) {
        this.orders = orders;
    }

    @EventListener
    void on(PaymentRequestPaid paid) {
        if (paid.origin().kind() == DocumentOrigin.Kind.ORDER) {
            orders.markPaid(paid.accountId(), paid.origin().reference(), paid.paidAt());
        }
    }

    @EventListener
    void on(PaymentRequestsPaid batch) {
        batch.payments().forEach(this::on);
    }

    @Bean
    static AccountScopedId orderIds(OrderRecords orders) {
        return new AccountScopedId("orderId", (current, id) -> orders.exists(current.accountId(), id));
    }
}
