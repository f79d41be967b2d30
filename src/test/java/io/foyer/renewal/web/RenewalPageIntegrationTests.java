package io.foyer.renewal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Actor;
import io.foyer.account.Permission;
import io.foyer.account.api.ApiClient;
import io.foyer.account.api.ApiTestSupport;
import io.foyer.account.internal.ApiTokens;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.internal.Payments;
import io.foyer.catalog.BillingPeriod;
import io.foyer.renewal.RenewalFixtures;
import io.foyer.renewal.RenewalFixtures.Customer;
import io.foyer.renewal.internal.BillingRun;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.ServiceStatus;
import io.foyer.subscription.Services;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.WebClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Renew now" → renewal page → cart → checkout, for the service's own period or a longer one. */
@IntegrationTest
class RenewalPageIntegrationTests {

    private static final Pattern ORDER = Pattern.compile("/accounts/(\\d+)/orders/(\\d+)\\?placed$");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Billing billing;

    @Autowired
    Payments payments;

    @Autowired
    Services services;

    @Autowired
    BillingRun run;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    RenewalFixtures renewals;
    Instant start;

    @BeforeEach
    void setUp() {
        renewals = new RenewalFixtures(context);
        start = clock.instant();
    }

    @AfterEach
    void restore() {
        clock.set(start);
    }

    /** Moves the clock to {@code days} before the service's paid period ends. */
    void daysBeforeEnd(Customer c, int days) {
        clock.set(c.service().periodEnd().minusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    WebClient signedIn(Customer c) {
        WebClient web = new WebClient(port);
        assertThat(web.login(c.email(), Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    List<DocumentRef> requests(Customer c) {
        return renewals.requests(c);
    }

    ServiceDetails service(Customer c) {
        return services.find(c.accountId(), c.service().id()).orElseThrow();
    }

    static WebClient.Response addToCart(WebClient web, Customer c, long serviceId, String months) {
        return web.postForm(
                "/accounts/" + c.accountId() + "/cart/renewals",
                "serviceId",
                String.valueOf(serviceId),
                "period-" + serviceId,
                months);
    }

    /** Reviews the cart at checkout and places it; answers the order page's path. */
    static String checkOut(WebClient web, Customer c, String paymentMethod) {
        assertThat(web.get("/checkout").redirect()).endsWith("/accounts/" + c.accountId() + "/checkout");
        String review = web.get("/accounts/" + c.accountId() + "/checkout").body();
        Matcher key = Pattern.compile("name=\"checkoutKey\" value=\"([^\"]+)\"").matcher(review);
        assertThat(key.find()).as(review).isTrue();
        WebClient.Response placed = web.postForm(
                "/accounts/" + c.accountId() + "/checkout",
                "paymentMethod",
                paymentMethod,
                "acceptTerms",
                "true",
                "checkoutKey",
                key.group(1));
        assertThat(placed.redirect()).as(placed.body()).matches(ORDER.asPredicate());
        return placed.redirect();
    }

    Map<String, Object> renewalRow(Customer c) {
        return jdbc.sql("select period_start, period_end, months, price from subscription_renewal where service_id = ?")
                .param(c.service().id())
                .query()
                .singleRow();
    }

    @Test
    void theDashboardShowsDueServicesAndRenewNowListsThemWithTheirPeriods() {
        Customer c = renewals.customer("renew-page");
        Customer other = renewals.customer("renew-page-other");
        String base = "/accounts/" + c.accountId();
        assertThat(signedIn(c).get(base).body()).contains("Active services").doesNotContain("Renew now");

        // Sessions expire by the same clock: sign in again after moving it.
        clock.set(c.service()
                .periodEnd()
                .minusDays(5)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
        WebClient web = signedIn(c);
        assertThat(web.get(base).body()).contains("1 of your services are due for renewal.", "Renew now");
        String page = web.get(base + "/renewals").body();
        assertThat(page)
                .contains(
                        c.service().name(),
                        "name=\"serviceId\"",
                        "name=\"period-" + c.service().id() + "\"")
                .contains("Renewal period for " + c.service().name())
                .contains("1 month: 10.00 EUR net", "12 months: 100.00 EUR net", "Add to cart")
                .doesNotContain(other.service().name());

        // Another account's service is not this account's to renew; nothing is requested by the page itself.
        assertThat(web.postForm(
                                base + "/cart/renewals",
                                "serviceId",
                                String.valueOf(other.service().id()),
                                "period-" + other.service().id(),
                                "1")
                        .redirect())
                .endsWith(base + "/renewals");
        assertThat(web.get(base + "/renewals").body()).contains("is not in this account.");
        assertThat(requests(other)).isEmpty();

        assertThat(web.postForm(
                                base + "/cart/renewals",
                                "serviceId",
                                String.valueOf(c.service().id()),
                                "period-" + c.service().id(),
                                "1")
                        .redirect())
                .endsWith("/order/cart");
        assertThat(requests(c)).isEmpty();
        // Chosen again, the service's item is replaced, not added twice.
        web.postForm(
                base + "/cart/renewals",
                "serviceId",
                String.valueOf(c.service().id()),
                "period-" + c.service().id(),
                "12");
        String cart = web.get("/order/cart").body();
        assertThat(cart).contains("Renewal: " + c.service().name(), "12 months", "100.00 EUR");
        assertThat(cart.split("Renewal: ", -1)).hasSize(2);
    }

    @Test
    void renewingForTwelveMonthsThroughTheCartBillsTheNextTwelveMonthsOnceAndSwitchesThePeriod() {
        Customer c = renewals.customer("renew-cart-year");
        ServiceDetails before = c.service();
        LocalDate first = before.periodStart();
        LocalDate nextStart = before.periodEnd().plusDays(1);
        // Counted from the first paid day: one month paid, twelve more.
        LocalDate nextEnd = first.plusMonths(13).minusDays(1);
        daysBeforeEnd(c, 5);
        WebClient web = signedIn(c);
        String base = "/accounts/" + c.accountId();

        String page = web.get(base + "/renewals").body();
        assertThat(page)
                .contains(before.name(), "1 month: 10.00 EUR net", "12 months: 100.00 EUR net (until " + nextEnd + ")")
                .contains("action=\"" + base + "/cart/renewals\"");

        assertThat(addToCart(web, c, before.id(), "12").redirect()).endsWith("/order/cart");
        assertThat(web.get("/order/cart").body())
                .contains("Renewal: " + before.name(), "12 months", nextStart + " to " + nextEnd, "100.00 EUR");
        String review = web.get(base + "/checkout").body();
        assertThat(review)
                .contains("Renewal: " + before.name() + ", 12 months (" + nextStart + " to " + nextEnd + ")")
                .contains("100.00 EUR", "19.00 EUR", "119.00 EUR");

        String orderPath = checkOut(web, c, "BANK_TRANSFER");
        String orderPage = web.get(orderPath).body();
        List<DocumentRef> requests = requests(c);
        assertThat(requests).singleElement().satisfies(r -> assertThat(r.gross().plain())
                .isEqualTo("119.00"));
        assertThat(orderPage)
                .contains("Your services are renewed when their payment requests have been paid")
                .contains(requests.get(0).number() + " over 119.00 EUR", "Renewal: " + before.name());
        // One line for the twelve months at the twelve-month price, for exactly the next period.
        Map<String, Object> line = jdbc.sql(
                        "select quantity, unit_price, period_from, period_to from billing_document_line where document_id = ?")
                .param(requests.get(0).id())
                .query()
                .singleRow();
        assertThat((BigDecimal) line.get("unit_price")).isEqualByComparingTo("100.00");
        assertThat((BigDecimal) line.get("quantity")).isEqualByComparingTo("1");
        assertThat(line.get("period_from").toString()).isEqualTo(nextStart.toString());
        assertThat(line.get("period_to").toString()).isEqualTo(nextEnd.toString());
        assertThat(renewalRow(c)).containsEntry("months", 12);
        // Nothing changes before it is paid.
        assertThat(service(c).period()).isEqualTo(BillingPeriod.ONE_MONTH);
        assertThat(service(c).periodEnd()).isEqualTo(before.periodEnd());
        assertThat(web.get("/order/cart").body()).contains("Your cart is empty.");

        // The billing run finds the next period requested: no second request.
        run.run("TEST", List.of(c.accountId()));
        assertThat(requests(c)).hasSize(1);
        // Asked again (the services page's Extend, or the run) it is the same request.
        assertThat(services.extend(c.accountId(), before.id(), Actor.system()).id())
                .isEqualTo(requests.get(0).id());

        DocumentRef request = requests.get(0);
        payments.recordBankPayment(
                c.accountId(),
                request.id(),
                request.gross(),
                before.periodEnd().minusDays(5),
                "renewal",
                Actor.system());
        ServiceDetails after = service(c);
        assertThat(after.periodEnd()).isEqualTo(nextEnd);
        assertThat(after.period()).isEqualTo(BillingPeriod.TWELVE_MONTHS);
        assertThat(after.price().plain()).isEqualTo("100.00");
        assertThat(web.get(orderPath).body()).contains("Paid").doesNotContain("Awaiting payment");
        assertThat(web.get(base + "/orders").body()).contains("Renewal: " + before.name());

        // The following renewal is for the new period, at its price.
        clock.set(nextEnd.minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC));
        run.run("TEST", List.of(c.accountId()));
        assertThat(requests(c)).hasSize(2).anySatisfy(r -> {
            assertThat(r.paid()).isFalse();
            assertThat(r.gross().plain()).isEqualTo("119.00");
        });
    }

    @Test
    void theServicesOwnPeriodAfterTheBillingRunIsTheRunsRequestPaidFromTheBalance() {
        Customer c = renewals.customer("renew-cart-run");
        renewals.credit(c.accountId(), "11.90");
        // Auto-renew off: the run only asks for payment.
        services.setAutoRenew(c.accountId(), c.service().id(), false, Actor.system());
        daysBeforeEnd(c, 10);
        run.run("TEST", List.of(c.accountId()));
        assertThat(requests(c)).hasSize(1);
        WebClient web = signedIn(c);
        String base = "/accounts/" + c.accountId();
        assertThat(web.get(base + "/renewals").body())
                .contains("The payment request for this period exists already.")
                .doesNotContain("12 months: 100.00 EUR");

        // Twelve months would be a second request for the same period: refused, the cart stays empty.
        assertThat(addToCart(web, c, c.service().id(), "12").redirect()).endsWith(base + "/renewals");
        assertThat(web.get(base + "/renewals").body()).contains("has been requested for another period already");
        assertThat(web.get("/order/cart").body()).contains("Your cart is empty.");

        addToCart(web, c, c.service().id(), "1");
        String orderPage = web.get(checkOut(web, c, "BALANCE")).body();
        assertThat(requests(c)).singleElement().satisfies(r -> assertThat(r.paid())
                .isTrue());
        assertThat(orderPage).contains("It has been paid from your balance, and your services are renewed.");
        assertThat(service(c).periodEnd())
                .isEqualTo(c.service().periodStart().plusMonths(2).minusDays(1));
        assertThat(service(c).period()).isEqualTo(BillingPeriod.ONE_MONTH);
        assertThat(billing.balance(c.accountId()).plain()).isEqualTo("0.00");
    }

    @Test
    void aNewPlanAndARenewalInOneCartAreOneOrderWithTwoRequests() {
        Customer c = renewals.customer("renew-cart-mixed");
        daysBeforeEnd(c, 5);
        WebClient web = signedIn(c);
        addToCart(web, c, c.service().id(), "12");
        web.postForm(
                "/order/cart/items", "planId", String.valueOf(c.service().planId()), "period", "1", "currency", "EUR");
        String review = web.get("/accounts/" + c.accountId() + "/checkout").body();
        // 100.00 renewal + 10.00 plan + 5.00 setup fee, 19 % VAT: 136.85.
        assertThat(review).contains("115.00 EUR", "21.85 EUR", "136.85 EUR");
        renewals.credit(c.accountId(), "136.85");
        String orderPath = checkOut(web, c, "BALANCE");
        Matcher m = ORDER.matcher(orderPath);
        assertThat(m.find()).isTrue();
        String orderPage = web.get(orderPath).body();
        assertThat(orderPage).contains("Paid", "Renewal: " + c.service().name());
        assertThat(requests(c)).singleElement().satisfies(r -> assertThat(r.paid())
                .isTrue());
        assertThat(services.ofOrder(c.accountId(), Long.parseLong(m.group(2))))
                .singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ServiceStatus.ACTIVE));
        assertThat(service(c).period()).isEqualTo(BillingPeriod.TWELVE_MONTHS);
        assertThat(billing.balance(c.accountId()).plain()).isEqualTo("0.00");
    }

    @Test
    void badRenewalsAreRefusedWithAReasonAndNothingIsWritten() {
        Customer c = renewals.customer("renew-cart-bad");
        Customer other = renewals.customer("renew-cart-other");
        String base = "/accounts/" + c.accountId();
        WebClient web = signedIn(c);

        // Not due yet.
        assertThat(addToCart(web, c, c.service().id(), "1").redirect()).endsWith(base + "/renewals");
        assertThat(web.get(base + "/renewals").body()).contains("is not due for renewal");

        daysBeforeEnd(c, 5);
        web = signedIn(c);
        // Another account's service.
        addToCart(web, c, other.service().id(), "1");
        assertThat(web.get(base + "/renewals").body())
                .contains("Service #" + other.service().id() + " is not in this account.");
        // A period the plan has no price for, and one shorter than nothing at all.
        addToCart(web, c, c.service().id(), "6");
        assertThat(web.get(base + "/renewals").body()).contains("cannot be renewed for the chosen period");
        addToCart(web, c, c.service().id(), "5");
        assertThat(web.get(base + "/renewals").body()).contains("Please choose a renewal period");
        web.postForm(base + "/cart/renewals", "period-1", "1");
        assertThat(web.get(base + "/renewals").body()).contains("Select at least one service to renew.");
        assertThat(web.get("/order/cart").body()).contains("Your cart is empty.");

        // In the cart, then cancelled at the period end before checkout: refused there, nothing written.
        addToCart(web, c, c.service().id(), "12");
        services.cancel(c.accountId(), c.service().id(), false, Actor.system());
        String review = web.get(base + "/checkout").body();
        assertThat(review).contains("is not due for renewal");
        long orders = jdbc.sql("select count(*) from ordering_order where account_id = ?")
                .param(c.accountId())
                .query(Long.class)
                .single();
        Matcher key = Pattern.compile("name=\"checkoutKey\"").matcher(review);
        assertThat(key.find()).isFalse();
        assertThat(jdbc.sql("select count(*) from ordering_order where account_id = ?")
                        .param(c.accountId())
                        .query(Long.class)
                        .single())
                .isEqualTo(orders);
        assertThat(requests(c)).isEmpty();
        assertThat(requests(other)).isEmpty();

        // The German page says it in German.
        assertThat(web.get(base + "/renewals?lang=de").body()).contains("Verlängerung von Diensten");
    }

    @Autowired
    ApiTokens tokens;

    @Test
    void theApiCheckoutRenewsAServiceForALongerPeriod() {
        Customer c = renewals.customer("renew-api");
        daysBeforeEnd(c, 5);
        String secret = ApiTestSupport.token(tokens, c.owner(), Permission.BILLING, Permission.SERVICES);
        String path = ApiTestSupport.accountPath(c.owner()) + "/orders";
        ApiClient api = new ApiClient(port);

        var both = api.post(
                secret,
                path,
                """
                {"items":[{"planId":%d,"renewServiceId":%d,"billingPeriodMonths":12}],"paymentMethod":"BANK_TRANSFER","acceptTerms":true}"""
                        .formatted(c.service().planId(), c.service().id()),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.fieldError("items[0].planOrService")).contains("either planId");
        var noPrice = api.post(
                secret,
                path,
                renewal(c, 6),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(noPrice.status()).isEqualTo(422);
        assertThat(noPrice.fieldError("items[0]")).contains("cannot be renewed for the chosen period");
        assertThat(requests(c)).isEmpty();

        var placed = api.post(
                secret,
                path,
                renewal(c, 12),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var item = placed.json().path("items").get(0);
        assertThat(item.path("renewal").asBoolean()).isTrue();
        assertThat(item.path("serviceId").asLong()).isEqualTo(c.service().id());
        assertThat(item.path("price").asString()).isEqualTo("100.00");
        assertThat(item.path("periodStart").asString())
                .isEqualTo(c.service().periodEnd().plusDays(1).toString());
        assertThat(item.path("paymentRequest").path("number").asString())
                .isEqualTo(requests(c).get(0).number());
        assertThat(placed.json().path("gross").asString()).isEqualTo("119.00");
        assertThat(requests(c)).hasSize(1);
    }

    static String renewal(Customer c, int months) {
        return """
                {"items":[{"renewServiceId":%d,"billingPeriodMonths":%d}],"paymentMethod":"BANK_TRANSFER","acceptTerms":true}"""
                .formatted(c.service().id(), months);
    }
}
