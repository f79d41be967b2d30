package io.foyer.renewal.internal;

import io.foyer.account.Actor;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.PaymentRequestPaid;
import io.foyer.billing.PaymentRequestsPaid;
import io.foyer.subscription.ServiceAdministration;
import io.foyer.subscription.ServiceStatus;
import io.foyer.subscription.Services;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reactivates a service the billing run suspended for an unpaid renewal as soon as that renewal
 * is paid, in the paying transaction. Services staff suspended for other reasons stay suspended.
 */
@Component
class Reactivation {

    private final Services services;
    private final ServiceAdministration administration;
    private final RenewalMails mails;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reactivation(
            Services services, ServiceAdministration administration, RenewalMails mails, JdbcClient jdbc, Clock clock) {
        this.services = services;
        this.administration = administration;
        this.mails = mails;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Many payments at once: one query finds those that paid for a suspended service. */
    @EventListener
    @Transactional
    void on(PaymentRequestsPaid batch) {
        Long[] documentIds = batch.payments().stream()
                .filter(p -> p.origin().kind() == DocumentOrigin.Kind.RENEWAL)
                .map(PaymentRequestPaid::documentId)
                .toArray(Long[]::new);
        if (documentIds.length == 0) {
            return;
        }
        java.util.Set<Long> suspended = new java.util.HashSet<>(
                jdbc.sql("select document_id from renewal_notice where kind = 'SUSPENDED' and document_id = any(?)")
                        .param(documentIds)
                        .query(Long.class)
                        .list());
        batch.payments().stream()
                .filter(p -> suspended.contains(p.documentId()))
                .forEach(this::reactivate);
    }

    @EventListener
    @Transactional
    void on(PaymentRequestPaid paid) {
        if (paid.origin().kind() != DocumentOrigin.Kind.RENEWAL
                || !Dunning.hasNotice(jdbc, paid.documentId(), "SUSPENDED")) {
            return;
        }
        reactivate(paid);
    }

    /** A renewal request whose service the run suspended is paid: the service runs again, once. */
    private void reactivate(PaymentRequestPaid paid) {
        long serviceId = paid.origin().reference();
        boolean suspended = services.find(paid.accountId(), serviceId)
                .filter(s -> s.status() == ServiceStatus.SUSPENDED)
                .isPresent();
        if (suspended
                && Dunning.recordNotice(jdbc, paid.documentId(), "REACTIVATED", paid.accountId(), serviceId, clock)) {
            administration.reactivate(paid.accountId(), serviceId, "renewal paid", Actor.system());
            mails.notice(paid.accountId(), serviceId, paid.documentId(), "reactivated", null);
        }
    }
}
