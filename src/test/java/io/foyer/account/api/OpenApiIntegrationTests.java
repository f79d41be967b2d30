package io.foyer.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theDocumentDescribesTheApiAndItsBearerToken() {
        var response = api.get(null, "/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode doc = response.json();
        assertThat(doc.at("/info/title").asString()).isEqualTo("Foyer API");
        assertThat(doc.at("/info/version").asString()).isEqualTo("v1");
        assertThat(doc.at("/info/description").asString()).contains("personal access token");
        assertThat(doc.at("/components/securitySchemes/personalAccessToken/scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(doc.at("/security/0/personalAccessToken").isArray()).isTrue();

        JsonNode paths = doc.path("paths");
        List<String> names = new ArrayList<>();
        paths.properties().forEach(e -> names.add(e.getKey()));
        assertThat(names)
                .contains(
                        "/api/v1/me",
                        "/api/v1/accounts",
                        "/api/v1/accounts/{accountId}",
                        "/api/v1/accounts/{accountId}/settings",
                        "/api/v1/accounts/{accountId}/members",
                        "/api/v1/accounts/{accountId}/members/{userId}",
                        "/api/v1/accounts/{accountId}/invitations",
                        "/api/v1/accounts/{accountId}/invitations/{invitationId}",
                        "/api/v1/accounts/{accountId}/contacts",
                        "/api/v1/accounts/{accountId}/contacts/{contactId}",
                        "/api/v1/accounts/{accountId}/tokens",
                        "/api/v1/accounts/{accountId}/tokens/{tokenId}")
                .allMatch(path -> path.startsWith("/api/"));
        assertThat(paths.at("/~1api~1v1~1accounts~1{accountId}~1invitations/post/responses/201")
                        .isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1v1~1accounts~1{accountId}~1contacts/post/responses/422")
                        .isMissingNode())
                .isFalse();
    }

    @Test
    void everyPathVariableIsDeclaredAndNoInternalTypeLeaks() {
        JsonNode doc = api.get(null, "/v3/api-docs").json();
        Pattern variable = Pattern.compile("\\{([^}]+)}");
        doc.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    List<String> declared = new ArrayList<>();
                    operation.getValue().path("parameters").values().forEach(p -> {
                        // A query parameter is a declared filter with a description, never a leaked handler
                        // argument such as the current account.
                        if ("query".equals(p.path("in").asString())) {
                            assertThat(p.path("description").asString())
                                    .as(path.getKey() + " ?" + p.path("name").asString())
                                    .isNotBlank();
                            assertThat(p.path("schema").path("type").asString())
                                    .as(path.getKey() + " " + p.path("name").asString())
                                    .isIn("string", "integer", "boolean");
                        }
                        declared.add(p.path("name").asString());
                    });
                    var matcher = variable.matcher(path.getKey());
                    while (matcher.find()) {
                        assertThat(declared)
                                .as(operation.getKey() + " " + path.getKey())
                                .contains(matcher.group(1));
                    }
                    assertThat(operation.getValue().at("/responses/401").isMissingNode())
                            .isFalse();
                }));
        String text = doc.toString();
        assertThat(text)
                .doesNotContain("CurrentAccount")
                .doesNotContain("ApiPrincipal")
                .doesNotContain("companyGivenForBusiness")
                .doesNotContain("countryKnown")
                .doesNotContainIgnoringCase("secretHash")
                .doesNotContainIgnoringCase("tokenHash");
    }

    @Test
    void swaggerUiLoadsWithoutInlineScripts() {
        var redirect = api.get(null, "/swagger-ui.html");
        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.header("Location").orElseThrow();
        assertThat(location).endsWith("/swagger-ui/index.html");

        var page = api.get(null, "/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        var scripts = Pattern.compile("<script([^>]*)>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group(1)).contains("src=");
            count++;
        }
        assertThat(count).isPositive();
        assertThat(api.get(null, "/swagger-ui/swagger-initializer.js").status()).isEqualTo(200);
        assertThat(api.get(null, "/v3/api-docs/swagger-config").status()).isEqualTo(200);
    }
}
