package io.foyer.subscription.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.DraftLine;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.NewService;
import io.foyer.subscription.ServiceActionRefused;
import io.foyer.subscription.ServiceAdministration;
import io.foyer.subscription.ServiceCancelled;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.ServiceReactivated;
import io.foyer.subscription.ServiceStatus;
import io.foyer.subscription.ServiceSuspended;
import io.foyer.subscription.ServiceTerminated;
import io.foyer.subscription.Services;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lifecycle of services: creation at checkout, extension, cancellation, and the staff actions. */
@Service
public class ServiceManagement implements Services, ServiceAdministration {

    private final ServiceRecords services;
    private final RenewalRecords renewals;
    private final Billing billing;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean immediateCancellation;

    ServiceManagement(
            ServiceRecords services,
            RenewalRecords renewals,
            Billing billing,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${foyer.services.immediate-cancellation:false}") boolean immediateCancellation) {
        this.services = services;
        this.renewals = renewals;
        this.billing = billing;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.immediateCancellation = immediateCancellation;
    }

    @Override
    @Transactional
    public long createPending(NewService service) {
        return services.insert(service, clock.instant());
    }

    @Override
    public List<ServiceDetails> ofAccount(long accountId) {
        return services.ofAccount(accountId);
    }

    @Override
    public List<ServiceDetails> active(long accountId) {
        return services.withStatus(accountId, ServiceStatus.ACTIVE);
    }

    @Override
    public Optional<ServiceDetails> find(long accountId, long serviceId) {
        return services.find(accountId, serviceId);
    }

    @Override
    public List<ServiceDetails> ofOrder(long accountId, long orderId) {
        return services.ofOrder(accountId, orderId);
    }

    @Override
    public boolean immediateCancellationAllowed() {
        return immediateCancellation;
    }

    @Override
    @Transactional
    public DocumentRef extend(long accountId, long serviceId, Actor actor) {
        ServiceRecords.Row row = services.lock(accountId, serviceId).orElseThrow(NotFoundException::new);
        ServiceDetails s = row.details();
        if (!s.status().running()) {
            throw new ServiceActionRefused("subscription.refused.extendNotRunning");
        }
        if (s.cancelAtPeriodEnd()) {
            throw new ServiceActionRefused("subscription.refused.extendCancelled");
        }
        LocalDate start = s.periodEnd().plusDays(1);
        DocumentOrigin origin = new DocumentOrigin(DocumentOrigin.Kind.RENEWAL, serviceId);
        Optional<RenewalRecords.Renewal> earlier = renewals.find(serviceId, start);
        if (earlier.isPresent()) {
            long documentId = earlier.get().documentId();
            List<DocumentRef> documents = billing.documentsFor(accountId, origin);
            Optional<DocumentRef> document =
                    documents.stream().filter(d -> d.id() == documentId).findFirst();
            if (document.isPresent()) {
                return document.get();
            }
            // Replaced by billing (deleted and issued anew for the same lines): the new one is this period's.
            Optional<DocumentRef> replacement =
                    documents.stream().filter(d -> !d.paid()).findFirst();
            if (replacement.isPresent()) {
                renewals.moveToDocument(earlier.get().id(), replacement.get().id());
                return replacement.get();
            }
            // The request was deleted while unpaid: the period may be billed again.
            renewals.deleteUnpaid(earlier.get().id());
        }
        int months = s.period().months();
        LocalDate end = ServicePeriods.lastDay(row.activatedOn(), row.monthsCovered() + months);
        DraftLine line = new DraftLine(s.name(), BigDecimal.ONE, s.price(), start, end, serviceId);
        DocumentRef document = billing.requestPayment(accountId, origin, List.of(line), actor);
        renewals.insert(serviceId, accountId, start, end, months, document.id(), clock.instant());
        audit.record(accountId, actor, "service.extend.requested", "#" + serviceId + " " + start + " – " + end);
        return document;
    }

    @Override
    @Transactional
    public void setAutoRenew(long accountId, long serviceId, boolean autoRenew, Actor actor) {
        ServiceDetails s = running(accountId, serviceId);
        if (s.autoRenew() != autoRenew) {
            services.setAutoRenew(accountId, serviceId, autoRenew);
            audit.record(
                    accountId, actor, autoRenew ? "service.autoRenew.on" : "service.autoRenew.off", "#" + serviceId);
        }
    }

    @Override
    @Transactional
    public void cancel(long accountId, long serviceId, boolean immediately, Actor actor) {
        ServiceDetails s = running(accountId, serviceId);
        if (immediately) {
            if (!immediateCancellation) {
                throw new ServiceActionRefused("subscription.refused.immediateNotAllowed");
            }
            end(s, ServiceStatus.CANCELLED, actor, "service.cancelled", null);
            events.publishEvent(new ServiceCancelled(serviceId, accountId, true));
            return;
        }
        if (!s.cancelAtPeriodEnd()) {
            services.setCancelAtPeriodEnd(accountId, serviceId, true);
            audit.record(accountId, actor, "service.cancellation.requested", "#" + serviceId + " " + s.periodEnd());
        }
    }

    @Override
    @Transactional
    public void undoCancellation(long accountId, long serviceId, Actor actor) {
        ServiceDetails s = running(accountId, serviceId);
        if (s.cancelAtPeriodEnd()) {
            services.setCancelAtPeriodEnd(accountId, serviceId, false);
            audit.record(accountId, actor, "service.cancellation.withdrawn", "#" + serviceId);
        }
    }

    @Override
    @Transactional
    public void suspend(long accountId, long serviceId, String reason, Actor actor) {
        change(accountId, serviceId, EnumSet.of(ServiceStatus.ACTIVE), ServiceStatus.SUSPENDED, actor, reason);
        events.publishEvent(new ServiceSuspended(serviceId, accountId, reason));
    }

    @Override
    @Transactional
    public void reactivate(long accountId, long serviceId, String reason, Actor actor) {
        change(accountId, serviceId, EnumSet.of(ServiceStatus.SUSPENDED), ServiceStatus.ACTIVE, actor, reason);
        events.publishEvent(new ServiceReactivated(serviceId, accountId));
    }

    @Override
    @Transactional
    public void terminate(long accountId, long serviceId, String reason, Actor actor) {
        change(
                accountId,
                serviceId,
                EnumSet.of(ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED),
                ServiceStatus.TERMINATED,
                actor,
                reason);
        events.publishEvent(new ServiceTerminated(serviceId, accountId, reason));
    }

    @Override
    @Transactional
    public int endCancelledPeriods() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ServiceRecords.Row> due = services.lockCancellationsDue(today);
        for (ServiceRecords.Row row : due) {
            end(row.details(), ServiceStatus.CANCELLED, Actor.system(), "service.cancelled", "period end");
            events.publishEvent(
                    new ServiceCancelled(row.details().id(), row.details().accountId(), false));
        }
        return due.size();
    }

    private ServiceDetails running(long accountId, long serviceId) {
        ServiceDetails s = services.lock(accountId, serviceId)
                .orElseThrow(NotFoundException::new)
                .details();
        if (!s.status().running()) {
            throw new ServiceActionRefused("subscription.refused.notRunning");
        }
        return s;
    }

    private void end(ServiceDetails s, ServiceStatus to, Actor actor, String action, String detail) {
        if (!services.changeStatus(
                s.accountId(),
                s.id(),
                EnumSet.of(ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED),
                to,
                clock.instant())) {
            throw new ServiceActionRefused("subscription.refused.notRunning");
        }
        audit.record(s.accountId(), actor, action, "#" + s.id() + (detail == null ? "" : ": " + detail));
    }

    private void change(
            long accountId, long serviceId, EnumSet<ServiceStatus> from, ServiceStatus to, Actor actor, String reason) {
        services.lock(accountId, serviceId).orElseThrow(NotFoundException::new);
        if (!services.changeStatus(accountId, serviceId, from, to, clock.instant())) {
            throw new ServiceActionRefused("subscription.refused.status");
        }
        audit.record(accountId, actor, "service." + to.name().toLowerCase(), "#" + serviceId + ": " + reason);
    }
}
