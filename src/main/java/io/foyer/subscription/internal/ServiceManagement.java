package io.foyer.subscription.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.DraftLine;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.PlanPrice;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.NewService;
import io.foyer.subscription.RenewalTerm;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
    private final Catalog catalog;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean immediateCancellation;

    ServiceManagement(
            ServiceRecords services,
            RenewalRecords renewals,
            Billing billing,
            Catalog catalog,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${foyer.services.immediate-cancellation:false}") boolean immediateCancellation) {
        this.services = services;
        this.renewals = renewals;
        this.billing = billing;
        this.catalog = catalog;
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
        return extendFor(accountId, serviceId, null, actor);
    }

    @Override
    @Transactional
    public DocumentRef extend(long accountId, long serviceId, BillingPeriod period, Actor actor) {
        return extendFor(accountId, serviceId, Objects.requireNonNull(period), actor);
    }

    /** @param chosen the months to renew for, or null for whatever was requested already, else the service's period */
    private DocumentRef extendFor(long accountId, long serviceId, BillingPeriod chosen, Actor actor) {
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
            Optional<DocumentRef> document = requestOf(accountId, origin, earlier.get());
            if (document.isPresent()) {
                if (chosen != null && chosen.months() != earlier.get().months()) {
                    // One request per service and period: the one asked for first stands until paid.
                    throw new ServiceActionRefused(
                            "subscription.refused.extendOtherPeriod",
                            document.get().number(),
                            earlier.get().months());
                }
                return document.get();
            }
            // The request was deleted while unpaid: the period may be billed again.
            renewals.deleteUnpaid(earlier.get().id());
        }
        BillingPeriod period = chosen == null ? s.period() : chosen;
        Money price = priceFor(s, period)
                .orElseThrow(() -> new ServiceActionRefused("subscription.refused.extendNoPrice", period.months()));
        LocalDate end = ServicePeriods.lastDay(row.activatedOn(), row.monthsCovered() + period.months());
        DraftLine line = new DraftLine(s.name(), BigDecimal.ONE, price, start, end, serviceId);
        DocumentRef document = billing.requestPayment(accountId, origin, List.of(line), actor);
        renewals.insertAll(
                List.of(new RenewalRecords.NewRenewal(
                        serviceId,
                        accountId,
                        start,
                        end,
                        period.months(),
                        document.id(),
                        period == s.period() ? null : price)),
                clock.instant());
        audit.record(
                accountId,
                actor,
                "service.extend.requested",
                "#" + serviceId + " " + start + " – " + end
                        + (period == s.period() ? "" : " (" + period.months() + ")"));
        return document;
    }

    /**
     * The payment request of an earlier renewal: its own document, or the one billing replaced it
     * with (deleted and issued anew for the same lines), which then becomes the renewal's. Empty when
     * billing deleted it.
     */
    private Optional<DocumentRef> requestOf(long accountId, DocumentOrigin origin, RenewalRecords.Renewal renewal) {
        List<DocumentRef> documents = billing.documentsFor(accountId, origin);
        Optional<DocumentRef> document =
                documents.stream().filter(d -> d.id() == renewal.documentId()).findFirst();
        if (document.isPresent()) {
            return document;
        }
        Optional<DocumentRef> replacement =
                documents.stream().filter(d -> !d.paid()).findFirst();
        replacement.ifPresent(r -> renewals.moveToDocument(renewal.id(), r.id()));
        return replacement;
    }

    /**
     * A renewal's price: the service's own for its period (what it was bought for), the plan's
     * catalog price in the service's currency for a longer one; none for a shorter period or a
     * longer one without a price (a retired plan has none).
     */
    private Optional<Money> priceFor(ServiceDetails s, BillingPeriod period) {
        if (period == s.period()) {
            return Optional.of(s.price());
        }
        if (period.months() < s.period().months()) {
            return Optional.empty();
        }
        return catalog.orderablePrice(s.planId(), period, s.price().currency()).map(PlanPrice::price);
    }

    @Override
    public List<RenewalTerm> renewalTerms(long accountId, long serviceId) {
        Optional<ServiceRecords.Row> found = services.row(accountId, serviceId);
        if (found.isEmpty()
                || !found.get().details().status().running()
                || found.get().details().cancelAtPeriodEnd()) {
            return List.of();
        }
        ServiceRecords.Row row = found.get();
        ServiceDetails s = row.details();
        LocalDate start = s.periodEnd().plusDays(1);
        Optional<RenewalRecords.Renewal> earlier = renewals.find(serviceId, start);
        if (earlier.isPresent() && !earlier.get().paid()) {
            RenewalRecords.Renewal r = earlier.get();
            return List.of(new RenewalTerm(
                    BillingPeriod.ofMonths(r.months()).orElseThrow(),
                    r.changesPeriod() ? r.newPrice() : s.price(),
                    r.periodStart(),
                    r.periodEnd(),
                    true,
                    r.changesPeriod()));
        }
        List<RenewalTerm> terms = new ArrayList<>();
        for (BillingPeriod period : BillingPeriod.values()) {
            priceFor(s, period)
                    .ifPresent(price -> terms.add(new RenewalTerm(
                            period,
                            price,
                            start,
                            ServicePeriods.lastDay(row.activatedOn(), row.monthsCovered() + period.months()),
                            false,
                            period != s.period())));
        }
        return terms;
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
