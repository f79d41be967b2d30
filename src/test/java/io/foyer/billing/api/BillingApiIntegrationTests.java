package io.foyer.billing.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Actor;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.billing.internal.BillingFixtures;
import io.foyer.billing.internal.Document;
import io.foyer.billing.internal.DocumentActions;
import io.foyer.billing.internal.Issuing;
import io.foyer.billing.internal.Ledger;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class BillingApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSupport support;

    @Autowired
    Issuing issuing;

    @Autowired
    DocumentActions actions;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, String body) {}

    private Reply call(String method, String path, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    @Test
    void documentsBalanceAndPayoutsThroughTheApi() throws Exception {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "api");
        long accountId = owner.account().id();
        Document request = BillingFixtures.request(issuing, accountId);
        String token = tokens.create(
                        accountId, owner.userId(), "billing", EnumSet.of(Permission.BILLING), null, Actor.system())
                .secret();
        String base = "/api/v1/accounts/" + accountId;

        var list = call("GET", base + "/documents?status=unpaid&kind=PAYMENT_REQUEST", token, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains(request.number())
                .contains("\"amount\":\"23.80\"")
                .contains("\"total\":1");

        var one = call("GET", base + "/documents/" + request.id(), token, null);
        assertThat(one.body()).contains("Web hosting S, 1 month").contains("\"vatRate\":\"19\"");

        assertThat(call("GET", base + "/documents?size=1000", token, null).status())
                .isEqualTo(422);
        assertThat(call("GET", base + "/documents?kind=RECEIPT", token, null).status())
                .isEqualTo(422);

        var link = call("POST", base + "/documents/" + request.id() + "/payment-link", token, null);
        assertThat(link.status()).isEqualTo(201);
        assertThat(link.body()).contains("/pay/pl_");

        var poor = call("POST", base + "/documents/" + request.id() + "/pay-from-balance", token, null);
        assertThat(poor.status()).isEqualTo(409);
        assertThat(poor.body()).contains("does not cover");

        actions.credit(accountId, Ledger.Kind.VOUCHER, Money.of("50", "EUR"), null, BillingFixtures.SYSTEM);
        var paid = call("POST", base + "/documents/" + request.id() + "/pay-from-balance", token, null);
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.body()).contains("\"status\":\"PAID\"");
        assertThat(call("POST", base + "/documents/" + request.id() + "/pay-from-balance", token, null)
                        .status())
                .isEqualTo(409);

        var balance = call("GET", base + "/balance", token, null);
        assertThat(balance.body()).contains("\"amount\":\"26.20\"").contains("PAYMENT_FROM_BALANCE");

        var tooMuch = call("POST", base + "/payouts", token, "{\"amount\":\"30.00\"}");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("\"field\":\"amount\"");
        assertThat(call("POST", base + "/payouts", token, "{\"amount\":\"1.001\"}")
                        .status())
                .isEqualTo(422);
        var payout = call("POST", base + "/payouts", token, "{\"amount\":\"20.00\",\"note\":\"to my IBAN\"}");
        assertThat(payout.status()).isEqualTo(201);
        assertThat(call("GET", base + "/payouts", token, null).body())
                .contains("REQUESTED")
                .contains("to my IBAN");

        assertThat(call("GET", base + "/documents/" + request.id() + "/xml?format=facturx", token, null)
                        .status())
                .isIn(409, 503);
    }
}
