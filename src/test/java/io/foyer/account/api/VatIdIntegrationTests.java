package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.internal.ApiTokens;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The billing address takes only VAT IDs of the shape of its country, in the form and in the API. */
@IntegrationTest
class VatIdIntegrationTests {

    private static final String CONTACT =
            """
            {"profileType":"BUSINESS","contactName":"Eleni Papadopoulou","company":"Alpha AE","country":"%s",
             "vatId":"%s","email":"billing@alpha.test"}""";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Test
    void theApiRefusesVatIdsOfTheWrongShapeOrCountryAndSavesNothing() {
        var owner = fixtures.owner("vat-api");
        String token = all(tokens, owner);
        ApiClient api = new ApiClient(port);
        var before = accounts.details(owner.account().id()).orElseThrow();

        var malformed = api.put(token, accountPath(owner), CONTACT.formatted("DE", "DE12345678"));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.fieldError("vatId")).isEqualTo("This is not a valid DE VAT ID. Please check the number.");

        var foreign =
                api.put(token, accountPath(owner), CONTACT.formatted("AT", "DE123456789"), "Accept-Language", "de");
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.fieldError("vatId"))
                .isEqualTo("Die USt-IdNr. muss zum Rechnungsland gehören und mit AT beginnen.");

        var greekWithGr = api.put(token, accountPath(owner), CONTACT.formatted("GR", "GR123456789"));
        assertThat(greekWithGr.fieldError("vatId"))
                .isEqualTo("The VAT ID must belong to the billing country and start with EL.");

        var withoutCountry = api.put(token, accountPath(owner), CONTACT.formatted("", "DE123456789"));
        assertThat(withoutCountry.fieldError("vatId"))
                .isEqualTo("Please choose the billing country this VAT ID belongs to.");

        // Countries without a known shape: the prefix, and no more than the column holds.
        var tooLong = api.put(token, accountPath(owner), CONTACT.formatted("AU", "AU1234567890123456789"));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.fieldError("vatId")).isEqualTo("This is not a valid AU VAT ID. Please check the number.");

        assertThat(accounts.details(owner.account().id()).orElseThrow()).isEqualTo(before);

        var greek = api.put(token, accountPath(owner), CONTACT.formatted("GR", "el 123.456.789"));
        assertThat(greek.status()).isEqualTo(200);
        assertThat(greek.json().path("vatId").asString()).isEqualTo("EL123456789");
        assertThat(accounts.details(owner.account().id()).orElseThrow().vatId()).isEqualTo("EL123456789");
    }

    @Test
    void theFormShowsATranslatedErrorAtTheFieldAndSavesNothing() {
        var owner = fixtures.owner("vat-form");
        long accountId = owner.account().id();
        WebClient web = new WebClient(port);
        assertThat(web.login(owner.email(), Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        var before = accounts.details(accountId).orElseThrow();

        var english = post(web, accountId, "NL", "NL123456789");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("This is not a valid NL VAT ID. Please check the number.");

        web.get("/accounts?lang=de");
        var german = post(web, accountId, "FR", "DE123456789");
        assertThat(german.status()).isEqualTo(200);
        assertThat(german.body()).contains("Die USt-IdNr. muss zum Rechnungsland gehören und mit FR beginnen.");

        assertThat(accounts.details(accountId).orElseThrow()).isEqualTo(before);

        var swiss = post(web, accountId, "CH", "CHE-123.456.789 MWST");
        assertThat(swiss.redirect()).endsWith("/accounts/" + accountId);
        assertThat(accounts.details(accountId).orElseThrow().vatId()).isEqualTo("CHE123456789MWST");
    }

    private static WebClient.Response post(WebClient web, long accountId, String country, String vatId) {
        return web.postForm(
                "/accounts/" + accountId + "/contact",
                "profileType",
                "BUSINESS",
                "contactName",
                "Jan Jansen",
                "company",
                "Jansen BV",
                "email",
                "billing@jansen.test",
                "country",
                country,
                "vatId",
                vatId);
    }
}
