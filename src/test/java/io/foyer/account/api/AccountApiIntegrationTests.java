package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.all;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditEntry;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.MemberData;
import io.foyer.account.internal.MemberManagement;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AccountApiIntegrationTests {

    static final String CONTACT =
            """
            {"profileType":"BUSINESS","contactName":"Erika Muster","company":"Muster GmbH","street":"Hauptstr. 1",
             "postalCode":"10115","city":"Berlin","country":"DE","vatId":"de 123456789","email":"billing@muster.test",
             "phone":"+49 30 123456"}""";

    static final String SETTINGS =
            """
            {"language":"de","currency":"CHF","autoRenew":false,"invoiceEmail":"invoices@muster.test",
             "technicalEmail":null,"newsletterEmail":"","notifyInvoices":true,"notifyTechnical":false,
             "notifyNews":false,"newsletterOptIn":true,"invoiceContactId":%s}""";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MemberManagement members;

    @Autowired
    Accounts accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void anyMemberReadsTheAccountContact() {
        var owner = fixtures.owner("acc-read");
        var member = fixtures.member(owner.account(), "acc-read-m", Set.of());
        var response = api.get(token(tokens, member), accountPath(owner));

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("id").asLong()).isEqualTo(owner.account().id());
        assertThat(json.path("customerNumber").asLong())
                .isEqualTo(owner.account().customerNumber());
        assertThat(json.path("contactName").asString()).isEqualTo("Owner acc-read");
        assertThat(json.path("email").asString()).isEqualTo(owner.email());
        assertThat(json.path("profileType").asString()).isEqualTo("PRIVATE");
        assertThat(json.path("createdAt").asString()).endsWith("Z");
    }

    @Test
    void updatingTheContactNeedsSettingsAndIsAudited() {
        var owner = fixtures.owner("acc-put");
        String path = accountPath(owner);
        String secret = all(tokens, owner);
        var response = api.put(secret, path, CONTACT);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("company").asString()).isEqualTo("Muster GmbH");
        assertThat(response.json().path("displayName").asString()).isEqualTo("Muster GmbH");
        assertThat(response.json().path("vatId").asString()).isEqualTo("DE123456789");
        assertThat(api.get(secret, path).json().path("city").asString()).isEqualTo("Berlin");

        AuditEntry entry = accounts.auditLog(owner.account().id(), 1).get(0);
        assertThat(entry.action()).isEqualTo("account.contact.updated");
        assertThat(entry.actorKind()).isEqualTo("USER");
        assertThat(entry.actorName()).isEqualTo(owner.email());
        assertThat(entry.ip()).isEqualTo("127.0.0.1");

        String withoutSettings = token(tokens, owner, Permission.BILLING);
        assertThat(api.put(withoutSettings, path, CONTACT).status()).isEqualTo(403);
    }

    @Test
    void invalidContactFieldsAnswer422WithTranslatedMessages() {
        var owner = fixtures.owner("acc-invalid");
        String invalid =
                """
                {"profileType":"BUSINESS","contactName":" ","company":"","country":"XX","vatId":"123",
                 "email":"not-an-email","phone":"call me"}""";

        var english = api.put(all(tokens, owner), accountPath(owner), invalid);
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(english.json().path("status").asInt()).isEqualTo(422);
        assertThat(english.fieldError("contactName")).isEqualTo("Please fill in this field.");
        assertThat(english.fieldError("company")).isEqualTo("A business account needs a company name.");
        assertThat(english.fieldError("country")).isEqualTo("Please choose a country from the list.");
        assertThat(english.fieldError("vatId")).startsWith("Please enter a VAT ID");
        assertThat(english.fieldError("email")).isEqualTo("Please enter a valid email address.");
        assertThat(english.fieldError("phone")).startsWith("Please enter a phone number");

        var german = api.put(all(tokens, owner), accountPath(owner), invalid, "Accept-Language", "de-DE,de;q=0.9");
        assertThat(german.status()).isEqualTo(422);
        assertThat(german.fieldError("contactName")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(german.fieldError("company")).isEqualTo("Ein Geschäftskonto braucht einen Firmennamen.");
        assertThat(german.fieldError("email")).isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse ein.");

        var french = api.put(all(tokens, owner), accountPath(owner), invalid, "Accept-Language", "fr");
        assertThat(french.fieldError("contactName")).isEqualTo("Please fill in this field.");

        assertThat(api.get(all(tokens, owner), accountPath(owner))
                        .json()
                        .path("contactName")
                        .asString())
                .isEqualTo("Owner acc-invalid");
    }

    @Test
    void anotherAccountAnswers404() {
        var owner = fixtures.owner("acc-404");
        var stranger = fixtures.owner("acc-404-stranger");
        String strangerToken = all(tokens, stranger);

        assertThat(api.get(strangerToken, accountPath(owner)).status()).isEqualTo(404);
        assertThat(api.put(strangerToken, accountPath(owner), CONTACT).status()).isEqualTo(404);
        assertThat(api.get(strangerToken, accountPath(owner) + "/settings").status())
                .isEqualTo(404);
        assertThat(api.get(strangerToken, "/api/v1/accounts/999999999").status())
                .isEqualTo(404);
        assertThat(api.get(all(tokens, owner), accountPath(owner))
                        .json()
                        .path("contactName")
                        .asString())
                .isEqualTo("Owner acc-404");
    }

    @Test
    void settingsCanBeReadAndReplacedWithSettingsPermission() {
        var owner = fixtures.owner("set");
        long contactId = fixtures.contact(owner.account().id(), "Agency Ltd");
        String secret = token(tokens, owner, Permission.SETTINGS);
        String path = accountPath(owner) + "/settings";

        JsonNode before = api.get(secret, path).json();
        assertThat(before.path("language").asString()).isEqualTo("en");
        assertThat(before.path("currency").asString()).isEqualTo("EUR");

        var saved = api.put(secret, path, SETTINGS.formatted(contactId));
        assertThat(saved.status()).isEqualTo(200);
        JsonNode after = api.get(secret, path).json();
        assertThat(after.path("language").asString()).isEqualTo("de");
        assertThat(after.path("currency").asString()).isEqualTo("CHF");
        assertThat(after.path("autoRenew").asBoolean()).isFalse();
        assertThat(after.path("invoiceEmail").asString()).isEqualTo("invoices@muster.test");
        assertThat(after.path("newsletterEmail").isNull()).isTrue();
        assertThat(after.path("newsletterOptIn").asBoolean()).isTrue();
        assertThat(after.path("invoiceContactId").asLong()).isEqualTo(contactId);
        assertThat(accounts.auditLog(owner.account().id(), 1).get(0).action()).isEqualTo("account.settings.updated");
    }

    @Test
    void settingsRefuseAnotherAccountsContactAndUnknownValues() {
        var owner = fixtures.owner("set-invalid");
        var stranger = fixtures.owner("set-invalid-stranger");
        long foreignContact = fixtures.contact(stranger.account().id(), "Not yours");
        String secret = token(tokens, owner, Permission.SETTINGS);
        String path = accountPath(owner) + "/settings";

        var foreign = api.put(secret, path, SETTINGS.formatted(foreignContact));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.fieldError("invoiceContactId")).isEqualTo("Please choose one of this account's contacts.");

        var unknown = api.put(
                secret,
                path,
                SETTINGS.formatted("null").replace("\"CHF\"", "\"BTC\"").replace("\"de\"", "\"fr\""),
                "Accept-Language",
                "de");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.fieldError("currency")).isEqualTo("Bitte wählen Sie eine der angebotenen Währungen.");
        assertThat(unknown.fieldError("language")).isEqualTo("Bitte wählen Sie Englisch oder Deutsch.");
        assertThat(api.get(secret, path).json().path("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void settingsNeedTheSettingsPermissionOnTokenAndMember() {
        var owner = fixtures.owner("set-perm");
        var member = fixtures.member(owner.account(), "set-perm-m", Set.of(Permission.SETTINGS, Permission.BILLING));
        String path = accountPath(owner) + "/settings";
        String billingOnly = token(tokens, member, Permission.BILLING);
        String withSettings = token(tokens, member, Permission.SETTINGS);

        assertThat(api.get(billingOnly, path).status()).isEqualTo(403);
        assertThat(api.get(billingOnly, path).json().path("status").asInt()).isEqualTo(403);
        assertThat(api.get(withSettings, path).status()).isEqualTo(200);

        // Taking the permission from the member takes it from their existing token at once.
        members.update(
                owner.account().id(),
                member.userId(),
                new MemberData(Set.of(Permission.BILLING), false),
                Actor.system());
        assertThat(api.get(withSettings, path).status()).isEqualTo(403);
        assertThat(api.put(withSettings, accountPath(owner), CONTACT).status()).isEqualTo(403);
        // Reading the account contact needs no permission.
        assertThat(api.get(withSettings, accountPath(owner)).status()).isEqualTo(200);
    }
}
