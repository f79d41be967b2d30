package io.foyer.support;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Actor;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.account.api.ApiClient;
import io.foyer.account.internal.ApiTokens;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.ordering.Ordering;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Ticket" on the orders list (seed 002): a new ticket about one of the account's orders. */
@IntegrationTest
class SupportOrderTicketIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SupportTickets tickets;

    @Autowired
    Ordering ordering;

    @Autowired
    CatalogAdministration catalog;

    @Autowired
    DemoSupport demo;

    @Autowired
    ApiTokens apiTokens;

    long order(Fixtures.UserAndAccount owner) {
        var shop = new OrderingFixtures(catalog, demo, fixtures);
        shop.address(owner.account().id());
        return ordering.place(
                        owner.account().id(),
                        List.of(new Ordering.Item(shop.plan("Ticket plan"), BillingPeriod.ONE_MONTH)),
                        false,
                        Actor.system())
                .orderId();
    }

    WebClient signedIn(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    @Test
    void membersWithTheSupportPermissionOpenATicketAboutAnOrderOfTheAccountOnly() {
        var owner = fixtures.owner("order-ticket");
        var stranger = fixtures.owner("order-ticket-stranger");
        long order = order(owner);
        long theirs = order(stranger);
        WebClient web = signedIn(owner.email());
        String account = "/accounts/" + owner.account().id();

        String orders = web.get(account + "/orders").body();
        assertThat(orders)
                .contains("aria-label=\"Open a support ticket about order " + order + "\"")
                .contains("href=\"" + account + "/support/new?orderId=" + order + "\"");

        String form = web.get(account + "/support/new?orderId=" + order).body();
        assertThat(form)
                .contains("value=\"Order " + order + "\"")
                .contains("type=\"hidden\" id=\"orderId\" name=\"orderId\" value=\"" + order + "\"");
        // Another account's order is not taken over.
        assertThat(web.get(account + "/support/new?orderId=" + theirs).body())
                .doesNotContain("name=\"orderId\"")
                .doesNotContain("Order " + theirs);

        long department = tickets.departments().get(0).id();
        var refused = web.postForm(
                account + "/support/new",
                "departmentId",
                String.valueOf(department),
                "subject",
                "Order " + theirs,
                "importance",
                "REGULAR",
                "orderId",
                String.valueOf(theirs),
                "message",
                "Where is it?");
        assertThat(refused.body()).contains("Choose one of this account&#39;s orders.");
        assertThat(tickets.ofAccount(owner.account().id(), owner.userId())).isEmpty();

        var opened = web.postForm(
                account + "/support/new",
                "departmentId",
                String.valueOf(department),
                "subject",
                "Order " + order,
                "importance",
                "REGULAR",
                "orderId",
                String.valueOf(order),
                "message",
                "Where is my server?");
        assertThat(opened.redirect()).contains(account + "/support/");
        Ticket ticket = tickets.ofAccount(owner.account().id(), owner.userId()).get(0);
        assertThat(ticket.orderId()).isEqualTo(order);
        assertThat(web.get(opened.redirect()).body())
                .contains("href=\"" + account + "/orders/" + order + "\">Order " + order + "</a>");

        var supportOnly = fixtures.member(owner.account(), "order-ticket-services", Set.of(Permission.SERVICES));
        assertThat(signedIn(supportOnly.email()).get(account + "/orders").body())
                .contains("Order " + order)
                .doesNotContain("Open a support ticket about order");
    }

    @Test
    void theApiRefusesAnotherAccountsOrder() {
        var owner = fixtures.owner("order-ticket-api");
        var stranger = fixtures.owner("order-ticket-api-stranger");
        long order = order(owner);
        long theirs = order(stranger);
        String secret = token(apiTokens, owner, Permission.SUPPORT);
        String body =
                """
                {"departmentId": %d, "subject": "About my order", "importance": "REGULAR", "orderId": %d, "message": "M"}""";
        long department = tickets.departments().get(0).id();
        ApiClient api = new ApiClient(port);

        var refused = api.post(secret, accountPath(owner) + "/tickets", body.formatted(department, theirs));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldError("orderId")).isEqualTo("Choose one of this account's orders.");

        var created = api.post(secret, accountPath(owner) + "/tickets", body.formatted(department, order));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/ticket/orderId").asLong()).isEqualTo(order);
    }
}
