package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.internal.ApiTokens;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Whatever a client sends, the answer is a problem document with a 4xx status, never a 500. */
@IntegrationTest
class ApiBadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    ApiClient api;
    Fixtures.UserAndAccount owner;
    String secret;
    String contacts;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        owner = fixtures.owner("bad-input");
        secret = all(tokens, owner);
        contacts = accountPath(owner) + "/contacts";
    }

    @Test
    void malformedOrMissingBodiesAre400() {
        for (String body :
                new String[] {"{", "{\"name\":", "not json", "{\"name\":\"a\"} trailing", "[]", "null", "\"text\"", ""
                }) {
            var response = api.post(secret, contacts, body);
            assertThat(response.status()).as(body).isIn(400, 422);
            assertProblem(response);
        }
        var missing = api.post(secret, contacts, "");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("detail").asString()).contains("JSON request body");
        var broken = api.post(secret, contacts, "{\"name\":");
        assertThat(broken.json().path("detail").asString()).contains("not valid JSON");
        assertThat(accounts.contacts(owner.account().id())).isEmpty();
    }

    @Test
    void valuesOfTheWrongTypeAreFieldErrors() {
        var object = api.post(secret, contacts, "{\"name\":{\"first\":\"A\"}}");
        assertThat(object.status()).isEqualTo(422);
        assertThat(object.fieldError("name")).isEqualTo("This value is missing or has the wrong type or format.");

        var settings = api.put(
                secret,
                accountPath(owner) + "/settings",
                "{\"language\":\"en\",\"currency\":\"EUR\",\"autoRenew\":\"sometimes\",\"invoiceContactId\":\"abc\"}",
                "Accept-Language",
                "de");
        assertThat(settings.status()).isEqualTo(422);
        assertThat(settings.fieldError("autoRenew"))
                .isEqualTo("Dieser Wert fehlt oder hat den falschen Typ oder ein falsches Format.");

        var members = api.put(
                secret,
                accountPath(owner) + "/members/" + owner.userId(),
                "{\"permissions\":[1,2],\"supportEligible\":[]}");
        assertThat(members.status()).isIn(400, 422);
        assertProblem(members);
        assertThat(accounts.contacts(owner.account().id())).isEmpty();
    }

    @Test
    void hugeStringsAreTooLong() {
        String huge = "x".repeat(1024 * 1024);
        var response = api.post(secret, contacts, "{\"name\":\"" + huge + "\",\"city\":\"" + huge + "\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.fieldError("name")).isEqualTo("This value is too long.");
        assertThat(response.fieldError("city")).isEqualTo("This value is too long.");
        assertThat(response.body().length()).isLessThan(2000);

        var email = api.post(secret, accountPath(owner) + "/invitations", "{\"email\":\"" + huge + "@example.test\"}");
        assertThat(email.status()).isEqualTo(422);
        assertThat(accounts.contacts(owner.account().id())).isEmpty();
    }

    @Test
    void textTheDatabaseCannotStoreIsAFieldError() {
        var response = api.post(secret, contacts, "{\"name\":\"Nul\\u0000Byte\"}", "Accept-Language", "de");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.fieldError("name")).isEqualTo("Dieser Wert enthält unzulässige Zeichen.");
        var contact = api.put(
                secret, accountPath(owner), AccountApiIntegrationTests.CONTACT.replace("Berlin", "Ber\\u0000lin"));
        assertThat(contact.status()).isEqualTo(422);
        assertThat(contact.fieldError("city")).isEqualTo("This value contains characters that are not allowed.");
        assertThat(accounts.contacts(owner.account().id())).isEmpty();
    }

    @Test
    void brokenUtf8IsABadRequest() {
        byte[] body = "{\"name\":\"Caf\u00e9 X\"}".getBytes(StandardCharsets.ISO_8859_1);
        var response = api.send(
                secret, "POST", contacts, BodyPublishers.ofByteArray(body), "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(400);
        assertProblem(response);
        assertThat(accounts.contacts(owner.account().id())).isEmpty();

        byte[] umlaut = "{\"name\":\"Müller\"}".getBytes(StandardCharsets.UTF_8);
        var fine = api.send(
                secret, "POST", contacts, BodyPublishers.ofByteArray(umlaut), "Content-Type", "application/json");
        assertThat(fine.status()).isEqualTo(201);
        assertThat(fine.json().path("name").asString()).isEqualTo("Müller");
    }

    @Test
    void idsThatAreNotNumbersAre404() {
        for (String path : new String[] {
            "/api/v1/accounts/abc",
            "/api/v1/accounts/1.5/members",
            "/api/v1/accounts/99999999999999999999999",
            "/api/v1/accounts/-1",
            contacts + "/abc",
            contacts + "/99999999999999999999999",
            accountPath(owner) + "/members/%20",
            accountPath(owner) + "/invitations/0x10"
        }) {
            var get = api.get(secret, path);
            assertThat(get.status()).as(path).isEqualTo(404);
            assertProblem(get);
        }
        for (String path :
                new String[] {contacts + "/abc", accountPath(owner) + "/members/x", accountPath(owner) + "/tokens/NaN"
                }) {
            assertThat(api.delete(secret, path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void otherMistakesAreProblemsToo() {
        var text = api.send(secret, "POST", contacts, BodyPublishers.ofString("name=x"), "Content-Type", "text/plain");
        assertThat(text.status()).isEqualTo(415);
        assertProblem(text);

        var method =
                api.send(secret, "PATCH", contacts, BodyPublishers.ofString("{}"), "Content-Type", "application/json");
        assertThat(method.status()).isEqualTo(405);
        assertProblem(method);

        var unknown = api.get(secret, "/api/v1/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertProblem(unknown);

        var xml = api.send(secret, "GET", accountPath(owner), BodyPublishers.noBody(), "Accept", "application/xml");
        assertThat(xml.status()).isEqualTo(406);

        var langParam = api.get(secret, accountPath(owner) + "?lang=de");
        assertThat(langParam.status()).isEqualTo(200);
        assertThat(langParam.header("Set-Cookie")).isEmpty();
    }

    private static void assertProblem(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(response.header("Content-Type").orElse(""))
                .as(response.toString())
                .startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(response.status());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.foyer");
    }
}
