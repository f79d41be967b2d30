package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ContactsApiIntegrationTests {

    static final String AGENCY =
            """
            {"name":"Anna Agency","company":"Agency Ltd","street":"1 High St","postalCode":"SW1A 1AA",
             "city":"London","country":"GB","email":"anna@agency.test","phone":"+44 20 1234"}""";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void contactsCanBeCreatedReadReplacedAndDeleted() {
        var owner = fixtures.owner("contacts");
        String secret = token(tokens, owner, Permission.SETTINGS);
        String path = accountPath(owner) + "/contacts";

        var created = api.post(secret, path, AGENCY);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        String location = created.header("Location").orElseThrow();
        assertThat(location).endsWith(path + "/" + id);
        assertThat(created.json().path("company").asString()).isEqualTo("Agency Ltd");
        assertThat(created.json().path("invoiceRecipient").asBoolean()).isFalse();

        var read = api.get(secret, location);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("email").asString()).isEqualTo("anna@agency.test");
        assertThat(api.get(secret, path).json().path("items").size()).isEqualTo(1);

        var replaced = api.put(secret, path + "/" + id, "{\"name\":\"Anna Agency\",\"country\":\"\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("company").isNull()).isTrue();
        assertThat(replaced.json().path("country").isNull()).isTrue();

        assertThat(api.delete(secret, path + "/" + id).status()).isEqualTo(204);
        assertThat(api.get(secret, path + "/" + id).status()).isEqualTo(404);
        assertThat(api.delete(secret, path + "/" + id).status()).isEqualTo(404);
        assertThat(api.get(secret, path).json().path("items").size()).isZero();

        assertThat(accounts.auditLog(owner.account().id(), 3).stream().map(e -> e.action()))
                .containsExactly("contact.deleted", "contact.updated", "contact.created");
    }

    @Test
    void theInvoiceRecipientIsMarked() {
        var owner = fixtures.owner("contacts-recipient");
        long contactId = fixtures.contact(owner.account().id(), "Recipient");
        fixtures.contact(owner.account().id(), "Someone else");
        String secret = token(tokens, owner, Permission.SETTINGS);
        api.put(secret, accountPath(owner) + "/settings", AccountApiIntegrationTests.SETTINGS.formatted(contactId));

        JsonNode items =
                api.get(secret, accountPath(owner) + "/contacts").json().path("items");
        assertThat(items.values().stream()
                        .filter(c -> c.path("invoiceRecipient").asBoolean())
                        .map(c -> c.path("id").asLong()))
                .containsExactly(contactId);
    }

    @Test
    void anotherAccountsContactAnswers404AndStaysUntouched() {
        var owner = fixtures.owner("contacts-mine");
        var stranger = fixtures.owner("contacts-theirs");
        long theirs = fixtures.contact(stranger.account().id(), "Their contact");
        String secret = token(tokens, owner, Permission.SETTINGS);
        String foreign = accountPath(owner) + "/contacts/" + theirs;

        assertThat(api.get(secret, foreign).status()).isEqualTo(404);
        assertThat(api.put(secret, foreign, AGENCY).status()).isEqualTo(404);
        assertThat(api.delete(secret, foreign).status()).isEqualTo(404);
        assertThat(api.get(secret, accountPath(stranger) + "/contacts").status())
                .isEqualTo(404);
        assertThat(api.post(secret, accountPath(stranger) + "/contacts", AGENCY).status())
                .isEqualTo(404);

        assertThat(accounts.contacts(stranger.account().id())).singleElement().satisfies(c -> assertThat(c.name())
                .isEqualTo("Their contact"));
        assertThat(accounts.contacts(owner.account().id())).isEmpty();
    }

    @Test
    void contactsNeedTheSettingsPermission() {
        var owner = fixtures.owner("contacts-perm");
        var member = fixtures.member(owner.account(), "contacts-perm-m", Set.of(Permission.BILLING));
        long id = fixtures.contact(owner.account().id(), "Protected");
        String path = accountPath(owner) + "/contacts";
        String secret = token(tokens, member, Permission.BILLING);

        assertThat(api.get(secret, path).status()).isEqualTo(403);
        assertThat(api.post(secret, path, AGENCY).status()).isEqualTo(403);
        assertThat(api.get(secret, path + "/" + id).status()).isEqualTo(403);
        assertThat(api.delete(secret, path + "/" + id).status()).isEqualTo(403);
        assertThat(accounts.contacts(owner.account().id())).hasSize(1);
    }

    @Test
    void invalidContactsAnswer422InTheRequestedLanguage() {
        var owner = fixtures.owner("contacts-invalid");
        String secret = token(tokens, owner, Permission.SETTINGS);
        String invalid =
                "{\"name\":\"\",\"email\":\"nope\",\"country\":\"ZZ\",\"postalCode\":\"" + "9".repeat(21) + "\"}";

        var response = api.post(secret, accountPath(owner) + "/contacts", invalid, "Accept-Language", "de");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.fieldError("name")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(response.fieldError("email")).isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
        assertThat(response.fieldError("country")).isEqualTo("Bitte wählen Sie ein Land aus der Liste.");
        assertThat(response.fieldError("postalCode")).isEqualTo("Dieser Wert ist zu lang.");
        assertThat(accounts.contacts(owner.account().id())).isEmpty();
    }
}
