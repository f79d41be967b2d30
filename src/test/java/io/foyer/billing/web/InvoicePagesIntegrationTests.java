package io.foyer.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.billing.internal.BillingFixtures;
import io.foyer.billing.internal.Document;
import io.foyer.billing.internal.DocumentActions;
import io.foyer.billing.internal.DocumentRecords;
import io.foyer.billing.internal.Issuing;
import io.foyer.billing.internal.Ledger;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class InvoicePagesIntegrationTests {

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
    DocumentRecords records;

    private WebClient login(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    @Test
    void theCustomerSeesUnpaidDocumentsPaysFromTheBalanceAndFindsTheInvoiceUnderPaid() {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "pages");
        long accountId = owner.account().id();
        Document request = BillingFixtures.request(issuing, accountId);
        WebClient web = login(owner.email());

        var list = web.get("/accounts/" + accountId + "/invoices");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(request.number()).contains("23.80 EUR");

        var page = web.get("/accounts/" + accountId + "/invoices/" + request.id());
        assertThat(page.body()).contains("Web hosting S, 1 month").contains("VAT 19 % on 20.00");
        assertThat(page.body()).containsPattern("id=\"method-balance\"[^>]*disabled");

        var bank = web.postForm(
                "/accounts/" + accountId + "/invoices/" + request.id() + "/pay", "method", "BANK_TRANSFER");
        var withBank = web.get(bank.redirect());
        assertThat(withBank.body()).contains("DE89370400440532013000").contains("not instant");

        var refused =
                web.postForm("/accounts/" + accountId + "/invoices/" + request.id() + "/pay", "method", "BALANCE");
        assertThat(web.get(refused.redirect()).body()).contains("The balance does not cover the amount.");

        actions.credit(accountId, Ledger.Kind.VOUCHER, Money.of("30", "EUR"), null, BillingFixtures.SYSTEM);
        var paid = web.postForm("/accounts/" + accountId + "/invoices/" + request.id() + "/pay", "method", "BALANCE");
        assertThat(web.get(paid.redirect()).body()).contains("Paid from the balance");

        assertThat(web.get("/accounts/" + accountId + "/invoices").body()).doesNotContain(request.number());
        var paidList =
                web.get("/accounts/" + accountId + "/invoices?filter=paid").body();
        assertThat(paidList).contains(request.number()).contains("RE-");
        var balance = web.get("/accounts/" + accountId + "/balance");
        assertThat(balance.body()).contains("6.20 EUR").contains("Payment from the balance");
    }

    @Test
    void aPaymentLinkWorksWithoutLoginUntilPaid() {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "pages-link");
        long accountId = owner.account().id();
        Document request = BillingFixtures.request(issuing, accountId);
        WebClient web = login(owner.email());

        var created = web.postForm("/accounts/" + accountId + "/invoices/" + request.id() + "/payment-link");
        var page = web.get(created.redirect()).body();
        var m = Pattern.compile("value=\"(http[^\"]+/pay/[^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String path = m.group(1).replaceFirst("^https?://[^/]+", "");

        WebClient anonymous = new WebClient(port);
        var shown = anonymous.get(path);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body())
                .contains(request.number())
                .contains("DE89370400440532013000")
                .contains("23.80 EUR");
        assertThat(shown.body()).doesNotContain("Hauptstraße");

        var wrong = anonymous.get(path + "x");
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.body()).contains("This payment link does not exist");
        assertThat(anonymous.get("/pay/%20").status()).isEqualTo(404);
    }

    @Test
    void anUnpaidRequestIsDeletedAndRecreated() {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "pages-delete");
        long accountId = owner.account().id();
        Document request = BillingFixtures.request(issuing, accountId);
        WebClient web = login(owner.email());

        var replaced =
                web.postForm("/accounts/" + accountId + "/invoices/" + request.id() + "/delete", "recreate", "true");
        assertThat(replaced.redirect()).doesNotEndWith("/" + request.id());
        assertThat(web.get(replaced.redirect()).body()).contains("this is the new one");
        assertThat(web.get("/accounts/" + accountId + "/invoices/" + request.id())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aMemberWithBillingPermissionReachesInvoicesButNotMembers() {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "pages-owner");
        long accountId = owner.account().id();
        Document request = BillingFixtures.request(issuing, accountId);
        var member = fixtures.member(owner.account(), "pages-billing", Set.of(Permission.BILLING));
        var other = fixtures.member(owner.account(), "pages-support", Set.of(Permission.SUPPORT));

        WebClient web = login(member.email());
        var dashboard = web.get("/accounts/" + accountId);
        assertThat(dashboard.body())
                .contains("/accounts/" + accountId + "/invoices")
                .doesNotContain("/members\"");
        assertThat(web.get("/accounts/" + accountId + "/invoices/" + request.id())
                        .status())
                .isEqualTo(200);
        assertThat(web.get("/accounts/" + accountId + "/members").status()).isEqualTo(403);

        WebClient without = login(other.email());
        assertThat(without.get("/accounts/" + accountId + "/invoices").status()).isEqualTo(403);
    }

    @Test
    void anotherAccountsDocumentAnswers404() {
        var mine = BillingFixtures.germanCustomer(fixtures, support, "pages-mine");
        var theirs = BillingFixtures.germanCustomer(fixtures, support, "pages-theirs");
        Document request = BillingFixtures.request(issuing, theirs.account().id());
        WebClient web = login(mine.email());
        long accountId = mine.account().id();
        assertThat(web.get("/accounts/" + accountId + "/invoices/" + request.id())
                        .status())
                .isEqualTo(404);
        assertThat(web.get("/accounts/" + accountId + "/invoices/" + request.id() + "/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(web.postForm("/accounts/" + accountId + "/invoices/" + request.id() + "/payment-link")
                        .status())
                .isEqualTo(404);
    }
}
