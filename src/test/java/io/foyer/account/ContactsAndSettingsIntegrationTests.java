package io.foyer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ContactsAndSettingsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Test
    void contactsAreCreatedEditedChosenAsInvoiceRecipientAndDeleted() {
        var owner = fixtures.owner("contacts");
        long accountId = owner.account().id();
        WebClient web = loggedIn(owner);
        var created = web.postForm(
                "/accounts/" + accountId + "/contacts/new",
                "name",
                "Agency Billing",
                "company",
                "Agency GmbH",
                "street",
                "Ring 1",
                "postalCode",
                "50667",
                "city",
                "Köln",
                "country",
                "DE",
                "email",
                "billing@agency.test",
                "phone",
                "+49 221 1234");
        assertThat(created.redirect()).endsWith("/accounts/" + accountId + "/contacts");
        Contact contact = accounts.contacts(accountId).get(0);
        assertThat(contact.city()).isEqualTo("Köln");

        web.postForm(
                "/accounts/" + accountId + "/contacts/" + contact.id(), "name", "Agency Billing Dept", "country", "AT");
        assertThat(accounts.contacts(accountId).get(0).name()).isEqualTo("Agency Billing Dept");
        assertThat(accounts.contacts(accountId).get(0).country()).isEqualTo("AT");

        var settings = web.postForm(
                "/accounts/" + accountId + "/settings",
                "language",
                "de",
                "currency",
                "CHF",
                "invoiceContactId",
                String.valueOf(contact.id()),
                "invoiceEmail",
                "invoices@agency.test",
                "newsletterOptIn",
                "true");
        assertThat(settings.redirect()).endsWith("/settings");
        AccountDetails details = accounts.details(accountId).orElseThrow();
        assertThat(details.invoiceContactId()).isEqualTo(contact.id());
        assertThat(details.currency()).isEqualTo("CHF");
        assertThat(details.language()).isEqualTo("de");
        assertThat(details.invoiceEmail()).isEqualTo("invoices@agency.test");
        assertThat(details.autoRenew()).isFalse();
        assertThat(details.newsletterOptIn()).isTrue();
        assertThat(web.get("/accounts/" + accountId).body()).contains("invoice recipient");

        web.postForm("/accounts/" + accountId + "/contacts/" + contact.id() + "/delete");
        assertThat(accounts.contacts(accountId)).isEmpty();
        assertThat(accounts.details(accountId).orElseThrow().invoiceContactId()).isNull();
    }

    @Test
    void anotherAccountsContactCannotBeChosenAsInvoiceRecipient() {
        var owner = fixtures.owner("recipient");
        var stranger = fixtures.owner("stranger");
        long foreign = fixtures.contact(stranger.account().id(), "Foreign");
        WebClient web = loggedIn(owner);
        var answer = web.postForm(
                "/accounts/" + owner.account().id() + "/settings",
                "language",
                "en",
                "currency",
                "EUR",
                "invoiceContactId",
                String.valueOf(foreign));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Please choose one of this account");
        assertThat(accounts.details(owner.account().id()).orElseThrow().invoiceContactId())
                .isNull();
    }

    @Test
    void badInputIsRefusedWithMessagesAndNothingIsWritten() {
        var owner = fixtures.owner("bad-input");
        long accountId = owner.account().id();
        WebClient web = loggedIn(owner);
        var before = accounts.details(accountId).orElseThrow();

        var business = web.postForm(
                "/accounts/" + accountId + "/contact",
                "profileType",
                "BUSINESS",
                "contactName",
                "X",
                "email",
                "x@example.test",
                "country",
                "DE");
        assertThat(business.body()).contains("A business account needs a company name");

        var huge = web.postForm(
                "/accounts/" + accountId + "/contact",
                "profileType",
                "PRIVATE",
                "contactName",
                "x".repeat(1_000_000),
                "email",
                "x@example.test");
        assertThat(huge.status()).isIn(200, 400, 413);
        assertThat(huge.body()).doesNotContain("Exception");

        var country = web.postForm(
                "/accounts/" + accountId + "/contact",
                "profileType",
                "PRIVATE",
                "contactName",
                "X",
                "email",
                "x@example.test",
                "country",
                "XX");
        assertThat(country.body()).contains("Please choose a country from the list");

        var currency = web.postForm("/accounts/" + accountId + "/settings", "language", "fr", "currency", "BTC");
        assertThat(currency.status()).isEqualTo(200);
        assertThat(currency.body())
                .contains("Please choose English or German")
                .contains("Please choose one of the offered currencies");

        var notANumber = web.postForm(
                "/accounts/" + accountId + "/settings", "language", "en", "currency", "EUR", "invoiceContactId", "abc");
        assertThat(notANumber.status()).isEqualTo(200);
        assertThat(notANumber.body()).contains("Please choose a valid entry");

        assertThat(accounts.details(accountId).orElseThrow()).isEqualTo(before);
    }

    @Test
    void markupAndSqlMetacharactersAreStoredVerbatimAndShownEscaped() {
        var owner = fixtures.owner("escape");
        long accountId = owner.account().id();
        WebClient web = loggedIn(owner);
        String nasty = "<img src=x onerror=alert(1)> O'Brien\"; drop table account_account; --";
        web.postForm("/accounts/" + accountId + "/contacts/new", "name", nasty);
        assertThat(accounts.contacts(accountId)).extracting(Contact::name).containsExactly(nasty);
        String page = web.get("/accounts/" + accountId + "/contacts").body();
        assertThat(page).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        var owner = fixtures.owner("csrf");
        WebClient web = loggedIn(owner);
        var answer = web.postFormWithoutCsrf("/accounts/" + owner.account().id() + "/contacts/new", "name=Evil");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(accounts.contacts(owner.account().id())).isEmpty();
    }

    @Test
    void newsletterUnsubscribeWorksWithoutLoginInOneClick() {
        var owner = fixtures.owner("newsletter");
        long accountId = owner.account().id();
        WebClient web = loggedIn(owner);
        web.postForm(
                "/accounts/" + accountId + "/settings", "language", "en", "currency", "EUR", "newsletterOptIn", "true");
        assertThat(accounts.details(accountId).orElseThrow().newsletterOptIn()).isTrue();
        String token = fixtures.unsubscribeToken(accountId);

        WebClient anonymous = new WebClient(port);
        assertThat(anonymous.get("/unsubscribe/" + token).body()).contains("Unsubscribe");
        assertThat(accounts.details(accountId).orElseThrow().newsletterOptIn()).isTrue();
        var oneClick = anonymous.postFormWithoutCsrf("/unsubscribe/" + token, "List-Unsubscribe=One-Click");
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(accounts.details(accountId).orElseThrow().newsletterOptIn()).isFalse();
        assertThat(anonymous
                        .postFormWithoutCsrf("/unsubscribe/not-a-token", "List-Unsubscribe=One-Click")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aUserCreatesAnotherAccountAndOwnsBoth() {
        var owner = fixtures.owner("second");
        WebClient web = loggedIn(owner);
        var created = web.postForm("/accounts/new", "name", "Second Client Ltd");
        assertThat(created.redirect()).contains("/contact?created");
        assertThat(accounts.accountsOf(owner.userId())).hasSize(2).allMatch(AccountSummary::owner);
        assertThat(web.get("/accounts").body()).contains("Second Client Ltd").contains("Choose an account");
    }

    private WebClient loggedIn(Fixtures.UserAndAccount user) {
        WebClient web = new WebClient(port);
        assertThat(web.login(user.email(), Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }
}
