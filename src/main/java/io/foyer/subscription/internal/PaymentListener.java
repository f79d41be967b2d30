package io.foyer.subscription.internal;

import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.PaymentRequestPaid;
import io.foyer.billing.PaymentRequestsPaid;
import io.foyer.subscription.ServiceActivated;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.ServiceExtended;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies payments to services in the paying transaction: a paid order activates its pending
 * services from the paid day, a paid renewal adds its period. Both are idempotent, so a payment
 * reported twice changes nothing the second time.
 */
@Component
class PaymentListener {

    private final ServiceRecords services;
    private final RenewalRecords renewals;
    private final ApplicationEventPublisher events;

    PaymentListener(ServiceRecords services, RenewalRecords renewals, ApplicationEventPublisher events) {
        this.services = services;
        this.renewals = renewals;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(PaymentRequestPaid paid) {
        LocalDate day = LocalDate.ofInstant(paid.paidAt(), ZoneOffset.UTC);
        if (paid.origin().kind() == DocumentOrigin.Kind.ORDER) {
            for (ServiceRecords.Row row :
                    services.lockPendingOfOrder(paid.accountId(), paid.origin().reference())) {
                ServiceDetails s = row.details();
                int months = s.period().months();
                services.activate(s.id(), day, months);
                events.publishEvent(new ServiceActivated(
                        s.id(), s.accountId(), day, ServicePeriods.lastDay(day, months), s.planId(), s.kind()));
            }
        } else if (paid.origin().kind() == DocumentOrigin.Kind.RENEWAL) {
            long serviceId = paid.origin().reference();
            Optional<RenewalRecords.Renewal> renewal = renewals.byDocument(paid.accountId(), paid.documentId());
            if (renewal.isEmpty()) {
                // Billing replaced the request (deleted, then issued anew for the same lines): the
                // service's open renewal is the one paid.
                renewal = renewals.newestUnpaid(paid.accountId(), serviceId);
                renewal.ifPresent(r -> renewals.moveToDocument(r.id(), paid.documentId()));
            }
            renewal.filter(r -> !r.paid() && r.serviceId() == serviceId).ifPresent(r -> extend(paid, r));
        }
    }

    /**
     * Many payments at once (the billing run): paid renewals extend their services with two
     * statements for all; any other payment, or a renewal whose request billing replaced, takes
     * the single path.
     */
    @EventListener
    @Transactional
    void on(PaymentRequestsPaid batch) {
        List<PaymentRequestPaid> renewalPayments = batch.payments().stream()
                .filter(p -> p.origin().kind() == DocumentOrigin.Kind.RENEWAL)
                .toList();
        Map<Long, RenewalRecords.Renewal> marked = new HashMap<>();
        if (!renewalPayments.isEmpty()) {
            Instant paidAt = renewalPayments.get(0).paidAt();
            renewals.markPaidByDocuments(
                            renewalPayments.stream()
                                    .map(PaymentRequestPaid::documentId)
                                    .toArray(Long[]::new),
                            renewalPayments.stream()
                                    .map(p -> p.origin().reference())
                                    .toArray(Long[]::new),
                            paidAt)
                    .forEach(r -> marked.put(r.documentId(), r));
            List<RenewalRecords.Renewal> paid = List.copyOf(marked.values());
            Set<Long> extended = new HashSet<>(services.extendAll(
                    paid.stream().map(RenewalRecords.Renewal::serviceId).toArray(Long[]::new),
                    paid.stream().map(r -> Date.valueOf(r.periodStart())).toArray(Date[]::new),
                    paid.stream().map(r -> Date.valueOf(r.periodEnd())).toArray(Date[]::new),
                    paid.stream().map(RenewalRecords.Renewal::months).toArray(Integer[]::new)));
            for (PaymentRequestPaid p : renewalPayments) {
                RenewalRecords.Renewal r = marked.get(p.documentId());
                if (r != null && extended.contains(r.serviceId())) {
                    if (r.changesPeriod()) {
                        services.changeTerms(r.serviceId(), r.months(), r.newPrice());
                    }
                    events.publishEvent(new ServiceExtended(
                            r.serviceId(), p.accountId(), r.periodStart(), r.periodEnd(), p.documentId()));
                }
            }
        }
        for (PaymentRequestPaid p : batch.payments()) {
            if (!marked.containsKey(p.documentId())) {
                on(p);
            }
        }
    }

    private void extend(PaymentRequestPaid paid, RenewalRecords.Renewal renewal) {
        renewals.markPaid(renewal.id(), paid.paidAt());
        services.lock(paid.accountId(), renewal.serviceId())
                .filter(row -> row.details().status().running()
                        && row.details().periodEnd().isBefore(renewal.periodEnd()))
                .ifPresent(row -> {
                    services.extend(row.details().id(), renewal.periodStart(), renewal.periodEnd(), renewal.months());
                    if (renewal.changesPeriod()) {
                        // Renewed for a longer period: later renewals are for that period, at its price.
                        services.changeTerms(row.details().id(), renewal.months(), renewal.newPrice());
                    }
                    events.publishEvent(new ServiceExtended(
                            row.details().id(),
                            paid.accountId(),
                            renewal.periodStart(),
                            renewal.periodEnd(),
                            paid.documentId()));
                });
    }
}
