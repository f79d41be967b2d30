package io.foyer.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.billing.Billing;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.subscription.ServiceStatus;
import io.foyer.subscription.Services;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.OrderingFixtures;
import io.foyer.support.SessionCookies;
import io.foyer.support.WebClient;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The order pages, the cart in the session and the checkout steps, as a browser uses them. */
@IntegrationTest
class CheckoutPagesIntegrationTests {

    private static final Pattern ORDER = Pattern.compile("/accounts/(\\d+)/orders/(\\d+)\\?placed$");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CatalogAdministration catalog;

    @Autowired
    DemoSupport support;

    @Autowired
    Accounts accounts;

    @Autowired
    Services services;

    @Autowired
    Billing billing;

    OrderingFixtures shop;

    @BeforeEach
    void setUp() {
        shop = new OrderingFixtures(catalog, support, fixtures);
    }

    @Test
    void aVisitorsCartSurvivesLoginUnderTheNewSessionIdAndIsOrderedIntoAnExistingAccount() {
        var customer = shop.customer("pages-cart");
        long plan = shop.plan("Cart");
        WebClient web = new WebClient(port);

        var usd = web.get("/order?currency=USD");
        assertThat(usd.status()).as(usd.redirect()).isEqualTo(200);
        String page = usd.body();
        assertThat(page).contains(shop.name(plan), "This plan has no price in USD");
        assertThat(web.get("/order?currency=EUR").body()).contains("1 month: 10.00 EUR · setup fee 5.00 EUR");
        var added = web.postForm("/order/cart/items", "planId", String.valueOf(plan), "period", "1", "currency", "EUR");
        assertThat(added.redirect()).endsWith("/order/cart");
        assertThat(web.get("/order/cart").body()).contains(shop.name(plan), "10.00 EUR");
        String before = SessionCookies.sessionId(web);

        assertThat(web.get("/checkout").redirect()).endsWith("/login");
        web.login(customer.email(), Fixtures.PASSWORD);
        assertThat(SessionCookies.sessionId(web)).isNotEqualTo(before);
        assertThat(web.get("/order/cart").body()).contains(shop.name(plan));

        String choice = web.get("/checkout").body();
        assertThat(choice).contains("Existing account or new account?", "A new account");
        long accountId = customer.account().id();
        var chosen = web.postForm("/checkout", "choice", String.valueOf(accountId), "name", "", "currency", "EUR");
        assertThat(chosen.redirect()).endsWith("/accounts/" + accountId + "/checkout");

        String review = web.get("/accounts/" + accountId + "/checkout").body();
        // 10.00 + 5.00 setup fee, 19 % VAT each: 11.90 + 5.95 = 17.85.
        assertThat(review).contains("11.90 EUR", "5.95 EUR", "15.00 EUR", "2.85 EUR", "17.85 EUR");
        assertThat(review).contains("does not cover this order");

        Matcher keyField =
                Pattern.compile("name=\"checkoutKey\" value=\"([^\"]+)\"").matcher(review);
        assertThat(keyField.find()).isTrue();
        String key = keyField.group(1);
        var noTerms = web.postForm(
                "/accounts/" + accountId + "/checkout", "paymentMethod", "BANK_TRANSFER", "checkoutKey", key);
        assertThat(noTerms.status()).isEqualTo(200);
        assertThat(noTerms.body()).contains("Please accept the terms and conditions.");
        var balance = submit(web, accountId, "BALANCE", key);
        assertThat(balance.body()).contains("Your balance does not cover this order.");
        assertThat(services.ofAccount(accountId)).isEmpty();

        // A second browser tab holding the same cart submits the same review form at once: one order.
        WebClient secondTab = SessionCookies.copyOf(web, port);
        var placed = submit(web, accountId, "BANK_TRANSFER", key);
        var again = submit(secondTab, accountId, "BANK_TRANSFER", key);
        // Its cart is empty by now, or it is sent to the same order: never a second one.
        assertThat(again.redirect()).matches(r -> r.equals(placed.redirect()) || r.endsWith("/order/cart"));
        Matcher m = ORDER.matcher(placed.redirect());
        assertThat(m.find()).as(placed.redirect()).isTrue();
        String orderPage = web.get(placed.redirect()).body();
        String number = billing.unpaid(accountId).get(0).number();
        assertThat(orderPage).contains("Thank you for your order", number + " over 17.85 EUR", "Awaiting payment");
        assertThat(services.ofAccount(accountId)).singleElement().satisfies(s -> assertThat(s.status())
                .isEqualTo(ServiceStatus.PENDING));
        assertThat(web.get("/order/cart").body()).contains("Your cart is empty.");

        // The same review form sent once more with the same cart (say, refilled in another tab) replays the order.
        web.postForm("/order/cart/items", "planId", String.valueOf(plan), "period", "1", "currency", "EUR");
        var replayed = submit(web, accountId, "BANK_TRANSFER", key);
        assertThat(replayed.redirect()).isEqualTo(placed.redirect());
        assertThat(services.ofAccount(accountId)).hasSize(1);
        assertThat(web.get("/accounts/" + accountId + "/orders").body())
                .contains("Order " + m.group(2), shop.name(plan), "Awaiting payment", "17.85 EUR");
    }

    /** Sends the review form with the terms accepted. */
    private static WebClient.Response submit(WebClient web, long accountId, String paymentMethod, String key) {
        return web.postForm(
                "/accounts/" + accountId + "/checkout",
                "paymentMethod",
                paymentMethod,
                "acceptTerms",
                "true",
                "checkoutKey",
                key);
    }

    @Test
    void theOrderPageSpeaksGerman() {
        long plan = shop.plan("Deutsch");
        String page = new WebClient(port).get("/order?lang=de&currency=EUR").body();
        assertThat(page)
                .contains(
                        "Dienst bestellen",
                        "Virtuelle Server",
                        "12 Monate: 100.00 EUR",
                        "In den Warenkorb: " + shop.name(plan));
    }

    @Test
    void aNewAccountIsCreatedAtCheckoutAndItsBillingAddressCompletedFirst() {
        var user = fixtures.owner("pages-new");
        long plan = shop.plan("New");
        WebClient web = new WebClient(port);
        web.login(user.email(), Fixtures.PASSWORD);
        web.postForm("/order/cart/items", "planId", String.valueOf(plan), "period", "12", "currency", "EUR");

        var noName = web.postForm("/checkout", "choice", "new", "name", " ", "currency", "EUR");
        assertThat(noName.status()).isEqualTo(200);
        assertThat(noName.body()).contains("Please enter a name for the new account.");

        var created = web.postForm("/checkout", "choice", "new", "name", "Client Project", "currency", "EUR");
        Matcher m = Pattern.compile("/accounts/(\\d+)/checkout$").matcher(created.redirect());
        assertThat(m.find()).isTrue();
        long accountId = Long.parseLong(m.group(1));
        assertThat(accountId).isNotEqualTo(user.account().id());
        assertThat(accounts.details(accountId).orElseThrow().contactName()).isEqualTo("Client Project");

        String address = web.get("/accounts/" + accountId + "/checkout").body();
        assertThat(address).contains("Billing address", "Street and number");
        var bad = web.postForm(
                "/accounts/" + accountId + "/checkout/address",
                "profileType",
                "BUSINESS",
                "company",
                "",
                "street",
                "Main Street 1",
                "postalCode",
                "1010",
                "city",
                "Wien",
                "country",
                "XX",
                "vatId",
                "");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("A business account needs a company name.", "Please choose a country");
        var good = web.postForm(
                "/accounts/" + accountId + "/checkout/address",
                "profileType",
                "PRIVATE",
                "street",
                "Main Street 1",
                "postalCode",
                "1010",
                "city",
                "Wien",
                "country",
                "AT",
                "vatId",
                "");
        assertThat(good.redirect()).endsWith("/accounts/" + accountId + "/checkout");
        assertThat(accounts.details(accountId).orElseThrow().city()).isEqualTo("Wien");
        assertThat(web.get("/accounts/" + accountId + "/checkout").body()).contains("Order with obligation to pay");
    }

    @Test
    void onlyAccountsWithBillingAndServicesPermissionAreOffered() {
        var owner = shop.customer("pages-perm-owner");
        var member = fixtures.member(owner.account(), "pages-perm", Set.of(Permission.SERVICES));
        long plan = shop.plan("Perm");
        WebClient web = new WebClient(port);
        web.login(member.email(), Fixtures.PASSWORD);
        web.postForm("/order/cart/items", "planId", String.valueOf(plan), "period", "1", "currency", "EUR");

        assertThat(web.get("/checkout").body())
                .doesNotContain("customer number " + owner.account().customerNumber());
        var refused = web.postForm(
                "/checkout", "choice", String.valueOf(owner.account().id()), "name", "", "currency", "EUR");
        assertThat(refused.body()).contains("You may not order for this account");
        assertThat(web.get("/accounts/" + owner.account().id() + "/checkout").status())
                .isEqualTo(403);
    }

    @Test
    void anItemRetiredSinceItWasAddedIsNamedAndCanBeRemoved() {
        var customer = shop.customer("pages-retired");
        long plan = shop.plan("Gone");
        long kept = shop.plan("Kept");
        long accountId = customer.account().id();
        WebClient web = new WebClient(port);
        web.login(customer.email(), Fixtures.PASSWORD);
        web.postForm("/order/cart/items", "planId", String.valueOf(kept), "period", "1", "currency", "EUR");
        assertThat(web.get("/order/cart").body()).contains(shop.name(kept) + " is in your cart.");
        web.postForm("/order/cart/items", "planId", String.valueOf(plan), "period", "1", "currency", "EUR");
        assertThat(web.get("/order/cart").body()).contains(shop.name(plan) + " is in your cart.");
        catalog.retirePlan(plan);

        String review = web.get("/accounts/" + accountId + "/checkout").body();
        assertThat(review).contains(shop.name(plan) + " is no longer offered.");
        assertThat(review).doesNotContain("Order with obligation to pay");
        var placed = submit(web, accountId, "BANK_TRANSFER", "retired-1");
        assertThat(placed.body()).contains("is no longer offered");
        assertThat(services.ofAccount(accountId)).isEmpty();

        var removed = web.postForm("/order/cart/items/1/remove", "back", "/accounts/" + accountId + "/checkout");
        assertThat(removed.redirect()).endsWith("/accounts/" + accountId + "/checkout");
        assertThat(web.get("/accounts/" + accountId + "/checkout").body()).contains("Order with obligation to pay");
        assertThat(web.postForm("/order/cart/items/0/remove", "back", "//evil.example")
                        .redirect())
                .endsWith("/order/cart");
        var unknownPeriod =
                web.postForm("/order/cart/items", "planId", String.valueOf(kept), "period", "2", "currency", "EUR");
        assertThat(unknownPeriod.redirect()).endsWith("/order/cart");
        assertThat(web.get("/order/cart").body()).contains("Please choose a billing period.");
        var garbage = web.postForm("/order/cart/items", "planId", "x1", "period", "twelve", "currency", "XYZ");
        assertThat(garbage.redirect()).endsWith("/order/cart");
        assertThat(web.get("/order/cart").body()).contains("Please choose a billing period.", "Your cart is empty.");
    }
}
