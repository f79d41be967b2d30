package io.foyer.subscription;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditEntry;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.account.api.ApiClient;
import io.foyer.account.internal.ApiTokens;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.internal.Payments;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.identity.StaffRole;
import io.foyer.ordering.internal.CartItem;
import io.foyer.ordering.internal.Checkout;
import io.foyer.ordering.internal.OrderDetails;
import io.foyer.ordering.internal.PaymentMethod;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.OrderingFixtures;
import io.foyer.support.WebClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ServicesIntegrationTests {

    static final Actor ACTOR = Actor.system();

    @LocalServerPort
    int port;

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
    ServiceAdministration administration;

    @Autowired
    Billing billing;

    @Autowired
    Payments payments;

    @Autowired
    io.foyer.billing.internal.DocumentActions documents;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    OrderingFixtures shop;

    @BeforeEach
    void setUp() {
        shop = new OrderingFixtures(catalog, support, fixtures);
    }

    record Active(Fixtures.UserAndAccount customer, ServiceDetails service) {
        long accountId() {
            return customer.account().id();
        }
    }

    /** A customer with one paid, active service of one month. */
    Active active(String prefix) {
        var customer = shop.customer(prefix);
        long plan = shop.plan(prefix);
        long accountId = customer.account().id();
        OrderDetails order = checkout.place(
                accountId,
                List.of(new CartItem(plan, BillingPeriod.ONE_MONTH)),
                PaymentMethod.BANK_TRANSFER,
                true,
                customer.userId(),
                ACTOR);
        pay(accountId, billing.unpaid(accountId).get(0));
        return new Active(customer, services.ofOrder(accountId, order.id()).get(0));
    }

    void pay(long accountId, DocumentRef document) {
        payments.recordBankPayment(accountId, document.id(), document.gross(), today(), "transfer", ACTOR);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void extendingTwiceBillsTheNextPeriodOnceAndPayingItAddsThePeriod() {
        Active a = active("extend");
        ServiceDetails s = a.service();
        assertThat(s.periodEnd()).isEqualTo(today().plusMonths(1).minusDays(1));

        DocumentRef first = services.extend(a.accountId(), s.id(), ACTOR);
        DocumentRef second = services.extend(a.accountId(), s.id(), ACTOR);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.kind()).isEqualTo(DocumentKind.PAYMENT_REQUEST);
        assertThat(first.gross().plain()).isEqualTo("11.90");
        assertThat(renewals(s.id())).isEqualTo(1);
        assertThat(services.find(a.accountId(), s.id()).orElseThrow().periodEnd())
                .isEqualTo(s.periodEnd());

        pay(a.accountId(), first);
        ServiceDetails extended = services.find(a.accountId(), s.id()).orElseThrow();
        assertThat(extended.periodStart()).isEqualTo(s.periodEnd().plusDays(1));
        assertThat(extended.periodEnd()).isEqualTo(today().plusMonths(2).minusDays(1));
        assertThat(events.stream(ServiceExtended.class).filter(e -> e.serviceId() == s.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.documentId()).isEqualTo(first.id()));

        // Paid: the next extension is for the period after that one.
        DocumentRef third = services.extend(a.accountId(), s.id(), ACTOR);
        assertThat(third.id()).isNotEqualTo(first.id());
        assertThat(renewals(s.id())).isEqualTo(2);
    }

    @Test
    void aRenewalRequestReplacedOrDeletedInBillingIsFollowed() {
        Active a = active("extend-replaced");
        long id = a.service().id();
        DocumentRef first = services.extend(a.accountId(), id, ACTOR);

        long replacement = documents.replace(a.accountId(), first.id(), ACTOR).id();
        DocumentRef again = services.extend(a.accountId(), id, ACTOR);
        assertThat(again.id()).isEqualTo(replacement);
        assertThat(renewals(id)).isEqualTo(1);

        pay(a.accountId(), again);
        ServiceDetails extended = services.find(a.accountId(), id).orElseThrow();
        assertThat(extended.periodEnd()).isEqualTo(today().plusMonths(2).minusDays(1));

        DocumentRef next = services.extend(a.accountId(), id, ACTOR);
        documents.delete(a.accountId(), next.id(), ACTOR);
        DocumentRef anew = services.extend(a.accountId(), id, ACTOR);
        assertThat(anew.id()).isNotEqualTo(next.id());
        assertThat(billing.unpaid(a.accountId())).extracting(DocumentRef::id).containsExactly(anew.id());
    }

    @Test
    void cancellationAtThePeriodEndTakesEffectOnlyAfterTheLastPaidDayAndCanBeUndone() {
        Active a = active("cancel");
        long id = a.service().id();

        assertThatThrownBy(() -> services.cancel(a.accountId(), id, true, ACTOR))
                .isInstanceOfSatisfying(ServiceActionRefused.class, e -> assertThat(e.messageKey())
                        .isEqualTo("subscription.refused.immediateNotAllowed"));
        services.cancel(a.accountId(), id, false, ACTOR);
        assertThat(services.find(a.accountId(), id).orElseThrow().cancelAtPeriodEnd())
                .isTrue();
        assertThatThrownBy(() -> services.extend(a.accountId(), id, ACTOR)).isInstanceOf(ServiceActionRefused.class);
        services.undoCancellation(a.accountId(), id, ACTOR);
        assertThat(services.find(a.accountId(), id).orElseThrow().cancelAtPeriodEnd())
                .isFalse();
        services.cancel(a.accountId(), id, false, ACTOR);

        Instant start = clock.instant();
        try {
            clock.set(a.service()
                    .periodEnd()
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .plusSeconds(3600));
            administration.endCancelledPeriods();
            assertThat(services.find(a.accountId(), id).orElseThrow().status()).isEqualTo(ServiceStatus.ACTIVE);

            clock.set(a.service()
                    .periodEnd()
                    .plusDays(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant());
            administration.endCancelledPeriods();
            assertThat(services.find(a.accountId(), id).orElseThrow().status()).isEqualTo(ServiceStatus.CANCELLED);
            assertThat(events.stream(ServiceCancelled.class).filter(e -> e.serviceId() == id))
                    .singleElement()
                    .satisfies(e -> assertThat(e.immediately()).isFalse());
        } finally {
            clock.set(start);
        }
        assertThatThrownBy(() -> services.undoCancellation(a.accountId(), id, ACTOR))
                .isInstanceOf(ServiceActionRefused.class);
        assertThat(accounts.auditLog(a.accountId(), 20))
                .extracting(AuditEntry::action)
                .contains("service.cancellation.requested", "service.cancellation.withdrawn", "service.cancelled");
    }

    @Test
    void staffSuspendReactivateAndTerminateFromTheConsoleWithAReason() {
        Active a = active("console");
        long id = a.service().id();
        long customerNumber = a.customer().account().customerNumber();
        String base = "/console/accounts/" + customerNumber + "/services/" + id;

        WebClient support = staff(StaffRole.SUPPORT);
        assertThat(support.postForm(base + "/suspend", "reason", "test").status())
                .isEqualTo(403);
        assertThat(support.get("/console/accounts/" + customerNumber).body())
                .contains(a.service().name());

        WebClient billingStaff = staff(StaffRole.BILLING);
        assertThat(billingStaff.postForm(base + "/suspend", "reason", "").redirect())
                .contains("/console/accounts/");
        assertThat(services.find(a.accountId(), id).orElseThrow().status()).isEqualTo(ServiceStatus.ACTIVE);

        billingStaff.postForm(base + "/suspend", "reason", "unpaid renewal");
        assertThat(services.find(a.accountId(), id).orElseThrow().status()).isEqualTo(ServiceStatus.SUSPENDED);
        billingStaff.postForm(base + "/reactivate", "reason", "paid");
        assertThat(services.find(a.accountId(), id).orElseThrow().status()).isEqualTo(ServiceStatus.ACTIVE);
        staff(StaffRole.ADMIN).postForm(base + "/terminate", "reason", "abuse");
        assertThat(services.find(a.accountId(), id).orElseThrow().status()).isEqualTo(ServiceStatus.TERMINATED);

        assertThat(accounts.auditLog(a.accountId(), 20))
                .extracting(e -> e.action() + " " + e.detail())
                .contains(
                        "service.suspended #" + id + ": unpaid renewal",
                        "service.active #" + id + ": paid",
                        "service.terminated #" + id + ": abuse");

        // Another account's service through this account's path: not found.
        Active other = active("console-other");
        assertThat(billingStaff
                        .postForm(
                                "/console/accounts/" + customerNumber + "/services/"
                                        + other.service().id() + "/suspend",
                                "reason",
                                "x")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void eachStaffActionPublishesItsEventAndRefusesTheWrongState() {
        Active a = active("staff-events");
        long id = a.service().id();
        assertThatThrownBy(() -> administration.reactivate(a.accountId(), id, "not suspended", ACTOR))
                .isInstanceOf(ServiceActionRefused.class);
        administration.suspend(a.accountId(), id, "check", ACTOR);
        administration.reactivate(a.accountId(), id, "ok", ACTOR);
        administration.terminate(a.accountId(), id, "end", ACTOR);
        assertThatThrownBy(() -> administration.suspend(a.accountId(), id, "again", ACTOR))
                .isInstanceOf(ServiceActionRefused.class);
        assertThat(events.stream(ServiceSuspended.class).filter(e -> e.serviceId() == id))
                .hasSize(1);
        assertThat(events.stream(ServiceReactivated.class).filter(e -> e.serviceId() == id))
                .hasSize(1);
        assertThat(events.stream(ServiceTerminated.class).filter(e -> e.serviceId() == id))
                .hasSize(1);
    }

    @Test
    void theServicesPagesShowTheListAndLetTheCustomerManageAService() {
        Active a = active("pages");
        long id = a.service().id();
        WebClient web = new WebClient(port);
        web.login(a.customer().email(), Fixtures.PASSWORD);
        String list = web.get("/accounts/" + a.accountId() + "/services").body();
        assertThat(list)
                .contains(
                        a.service().name(),
                        "10.00 EUR / 1 month",
                        a.service().periodEnd().toString(),
                        "Active");
        // Seed 002: a ticket about this service, straight from the list.
        assertThat(list)
                .contains("aria-label=\"Open a support ticket about service " + id + "\"")
                .contains("/support/new?serviceId=" + id);

        String dashboard = web.get("/accounts/" + a.accountId()).body();
        assertThat(dashboard)
                .contains(
                        "Active services: 1",
                        "Unpaid invoices: 0",
                        "Your active services",
                        a.service().name());

        String page = "/accounts/" + a.accountId() + "/services/" + id;
        var extended = web.postForm(page + "/extend");
        assertThat(extended.redirect())
                .as(extended.status() + " " + extended.body())
                .endsWith(page);
        assertThat(web.get(page).body()).contains("Payment request", "for the next period");

        web.postForm(page + "/auto-renew");
        assertThat(services.find(a.accountId(), id).orElseThrow().autoRenew()).isFalse();
        web.postForm(page + "/cancel");
        assertThat(web.get(page).body())
                .contains("This service ends on " + a.service().periodEnd());

        // A member with billing but without services permission sees no services.
        var billingOnly = fixtures.member(a.customer().account(), "pages-billing", Set.of(Permission.BILLING));
        WebClient member = new WebClient(port);
        member.login(billingOnly.email(), Fixtures.PASSWORD);
        assertThat(member.get("/accounts/" + a.accountId() + "/services").status())
                .isEqualTo(403);
        assertThat(member.get("/accounts/" + a.accountId()).body())
                .doesNotContain(a.service().name());
    }

    @Test
    void theApiListsExtendsSwitchesRenewalAndCancels() {
        Active a = active("api-services");
        long id = a.service().id();
        String secret = token(tokens, a.customer(), Permission.SERVICES, Permission.BILLING);
        String path = accountPath(a.customer()) + "/services";
        ApiClient api = new ApiClient(port);

        var list = api.get(secret, path);
        assertThat(list.json().path("items").get(0).path("status").asString()).isEqualTo("ACTIVE");
        var one = api.get(secret, path + "/" + id);
        assertThat(one.json().path("periodEnd").asString())
                .isEqualTo(a.service().periodEnd().toString());
        assertThat(one.json().path("price").asString()).isEqualTo("10.00");

        var extend1 = api.post(secret, path + "/" + id + "/extend", "");
        var extend2 = api.post(secret, path + "/" + id + "/extend", "");
        assertThat(extend1.status()).isEqualTo(200);
        assertThat(extend2.json().path("id").asLong())
                .isEqualTo(extend1.json().path("id").asLong());

        assertThat(api.put(secret, path + "/" + id + "/auto-renew", "{\"autoRenew\":false}")
                        .json()
                        .path("autoRenew")
                        .asBoolean())
                .isFalse();
        assertThat(api.put(secret, path + "/" + id + "/auto-renew", "{}").status())
                .isEqualTo(422);
        var refused = api.post(secret, path + "/" + id + "/cancel", "{\"immediately\":true}");
        assertThat(refused.status()).isEqualTo(409);
        var cancelled = api.post(secret, path + "/" + id + "/cancel", "{}");
        assertThat(cancelled.json().path("cancelAtPeriodEnd").asBoolean()).isTrue();
        var noExtend = api.post(secret, path + "/" + id + "/extend", "");
        assertThat(noExtend.status()).isEqualTo(409);

        String servicesOnly = token(tokens, a.customer(), Permission.SERVICES);
        assertThat(api.post(servicesOnly, path + "/" + id + "/extend", "").status())
                .isEqualTo(403);
    }

    private WebClient staff(StaffRole role) {
        String email = fixtures.staff(role);
        WebClient web = new WebClient(port);
        assertThat(web.postForm("/console/login", "email", email, "password", Fixtures.PASSWORD)
                        .redirect())
                .endsWith("/console");
        return web;
    }

    private int renewals(long serviceId) {
        return jdbc.sql("select count(*) from subscription_renewal where service_id = ?")
                .param(serviceId)
                .query(Integer.class)
                .single();
    }
}
