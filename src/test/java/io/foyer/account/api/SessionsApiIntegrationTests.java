package io.foyer.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.internal.ApiTokens;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.SessionCookies;
import io.foyer.support.WebClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SessionsApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private WebClient signedIn(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    private List<String> ids(ApiClient.Response response) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : response.json().path("items").values()) {
            ids.add(item.path("id").asString());
        }
        return ids;
    }

    @Test
    void aTokenListsAndEndsItsUsersBrowserSessions() {
        var owner = fixtures.owner("api-sessions");
        String token = ApiTestSupport.token(tokens, owner);
        WebClient laptop = signedIn(owner.email());
        WebClient phone = signedIn(owner.email());

        var list = api.get(token, "/api/v1/me/sessions");
        assertThat(list.status()).isEqualTo(200);
        JsonNode first = list.json().path("items").get(0);
        assertThat(first.path("ip").asString()).isEqualTo("127.0.0.1");
        assertThat(first.path("userAgent").asString()).contains("Java-http-client");
        assertThat(first.path("signedInAt").asString()).isNotEmpty();
        assertThat(first.path("lastUsedAt").asString()).isNotEmpty();
        List<String> ids = ids(list);
        assertThat(ids).hasSize(2);
        // The list never reveals what would let its reader take a session over.
        assertThat(list.body())
                .doesNotContain(SessionCookies.sessionId(laptop))
                .doesNotContain(SessionCookies.sessionId(phone));

        assertThat(api.delete(token, "/api/v1/me/sessions/" + ids.get(0)).status())
                .isEqualTo(204);
        int stillIn = (laptop.get("/profile").status() == 200 ? 1 : 0)
                + (phone.get("/profile").status() == 200 ? 1 : 0);
        assertThat(stillIn).isEqualTo(1);
        assertThat(ids(api.get(token, "/api/v1/me/sessions"))).containsExactly(ids.get(1));

        var again = api.delete(token, "/api/v1/me/sessions/" + ids.get(0));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.header("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void anotherUsersSessionsAreOutOfReach() {
        var owner = fixtures.owner("api-sessions-a");
        var other = fixtures.owner("api-sessions-b");
        WebClient theirs = signedIn(other.email());
        String theirId = ids(api.get(ApiTestSupport.token(tokens, other), "/api/v1/me/sessions"))
                .get(0);
        String mine = ApiTestSupport.token(tokens, owner);

        assertThat(ids(api.get(mine, "/api/v1/me/sessions"))).isEmpty();
        assertThat(api.delete(mine, "/api/v1/me/sessions/" + theirId).status()).isEqualTo(404);
        assertThat(api.delete(mine, "/api/v1/me/sessions/not-a-session").status())
                .isEqualTo(404);
        assertThat(theirs.get("/profile").status()).isEqualTo(200);
        assertThat(api.get(null, "/api/v1/me/sessions").status()).isEqualTo(401);
    }

    @Test
    void theEndpointsAreDocumented() {
        JsonNode paths = api.get(null, "/v3/api-docs").json().path("paths");
        assertThat(paths.at("/~1api~1v1~1me~1sessions/get/summary").asString()).contains("browser sessions");
        JsonNode delete = paths.at("/~1api~1v1~1me~1sessions~1{sessionId}/delete");
        assertThat(delete.at("/responses/404").isMissingNode()).isFalse();
        assertThat(delete.at("/responses/401").isMissingNode()).isFalse();
        assertThat(delete.at("/parameters/0/schema/type").asString()).isEqualTo("string");
    }
}
