package io.foyer.account.api;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.all;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Actor;
import io.foyer.account.Permission;
import io.foyer.account.internal.AllowedIpRanges;
import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.CodeWordManagement;
import io.foyer.account.internal.IpRangeSettings;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A token is refused outside its account's allowed IP ranges, on every call; the security settings through the API. */
@IntegrationTest
class IpRangesApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    IpRangeSettings ipRanges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CodeWordManagement codeWords;

    ApiClient ipv4;
    ApiClient ipv6;

    @BeforeEach
    void setUp() {
        ipv4 = new ApiClient("127.0.0.1", port);
        ipv6 = new ApiClient("[::1]", port);
    }

    private void restrict(Fixtures.UserAndAccount owner, String lines) {
        ipRanges.change(owner.account().id(), AllowedIpRanges.fromLines(lines), Optional.empty(), true, Actor.system());
    }

    @Test
    void everyCallOfATokenIsRefusedOutsideItsAccountsRanges() {
        var owner = fixtures.owner("ipr-api");
        String token = all(tokens, owner);
        restrict(owner, "10.0.0.0/8\n2001:db8::/32");

        for (String path :
                new String[] {"/api/v1/me", "/api/v1/accounts", accountPath(owner), accountPath(owner) + "/members"}) {
            var refused = ipv4.get(token, path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(refused.json().path("type").asString()).isEqualTo("urn:foyer:problem:ip-not-allowed");
            assertThat(refused.json().path("clientIp").asString()).isEqualTo("127.0.0.1");
            assertThat(refused.json().path("detail").asString())
                    .isEqualTo("The account " + owner.account().customerNumber()
                            + " accepts this token only from its allowed IP ranges; the address 127.0.0.1 is not"
                            + " among them.");
            assertThat(ipv6.get(token, path).json().path("clientIp").asString()).isEqualTo("::1");
        }
        var german = ipv4.send(
                token,
                "GET",
                "/api/v1/me",
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                "Accept-Language",
                "de-DE,de;q=0.9");
        assertThat(german.json().path("detail").asString())
                .contains("nimmt dieses Token nur aus seinen erlaubten IP-Bereichen an; die Adresse 127.0.0.1 gehört");

        var spoofed = ipv4.send(
                token,
                "GET",
                "/api/v1/me",
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                "X-Forwarded-For",
                "10.1.2.3");
        assertThat(spoofed.status()).isEqualTo(403);

        // A refused call is no use of the token.
        assertThat(jdbc.sql("select last_used_at from account_api_token where account_id = ?")
                        .param(owner.account().id())
                        .query(java.sql.Timestamp.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void insideTheRangesTheTokenWorksForIpv4AndIpv6() {
        var owner = fixtures.owner("ipr-api-inside");
        String token = all(tokens, owner);
        restrict(owner, "127.0.0.1\n::1");
        assertThat(ipv4.get(token, accountPath(owner)).status()).isEqualTo(200);
        assertThat(ipv6.get(token, accountPath(owner)).status()).isEqualTo(200);
        restrict(owner, "::1");
        assertThat(ipv4.get(token, "/api/v1/me").status()).isEqualTo(403);
        assertThat(ipv6.get(token, "/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theRangesAreReadAndReplacedWithTheSameRulesAsOnThePage() {
        var owner = fixtures.owner("ipr-api-put");
        String token = token(tokens, owner, Permission.SETTINGS);
        String path = accountPath(owner) + "/settings/ip-ranges";

        var empty = ipv4.get(token, path);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("ranges").size()).isZero();
        assertThat(empty.json().path("clientIp").asString()).isEqualTo("127.0.0.1");
        assertThat(empty.json().path("clientAllowed").asBoolean()).isTrue();

        var saved = ipv4.put(token, path, "{\"ranges\":[\" 127.0.0.1 \",\"2001:DB8::/32\",\"127.0.0.1/32\"]}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("ranges").toString()).isEqualTo("[\"127.0.0.1/32\",\"2001:db8::/32\"]");
        assertThat(saved.json().path("clientAllowed").asBoolean()).isTrue();
        assertThat(ipRanges.of(owner.account().id()).entries()).containsExactly("127.0.0.1/32", "2001:db8::/32");

        var bad = ipv4.put(token, path, "{\"ranges\":[\"10.0.0.0/8\",\"10.0.0.1/8\",\"nope\",null]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fieldError("ranges[1]")).contains("Write 10.0.0.0/8 for the whole network");
        assertThat(bad.fieldError("ranges[2]")).contains("\"nope\" is not an IPv4 or IPv6 address");
        assertThat(bad.fieldError("ranges[3]")).isNotNull();
        assertThat(bad.fieldError("ranges[0]")).isNull();

        assertThat(ipv4.put(token, path, "{}").fieldError("ranges")).isNotNull();
        assertThat(ipv4.put(token, path, "{\"ranges\":\"10.0.0.0/8\"}").status())
                .isEqualTo(422);
        StringBuilder many = new StringBuilder("{\"ranges\":[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("\"10.0.0.").append(i).append('"');
        }
        assertThat(ipv4.put(token, path, many + "]}").fieldError("ranges"))
                .isEqualTo("At most 100 addresses or ranges.");
        assertThat(ipRanges.of(owner.account().id()).entries()).containsExactly("127.0.0.1/32", "2001:db8::/32");

        var lockout = ipv4.put(token, path, "{\"ranges\":[\"10.0.0.0/8\"]}");
        assertThat(lockout.status()).isEqualTo(422);
        assertThat(lockout.fieldError("confirmLockout")).contains("Your address 127.0.0.1 is not in the list");
        assertThat(ipRanges.of(owner.account().id()).entries()).containsExactly("127.0.0.1/32", "2001:db8::/32");

        var confirmed = ipv4.put(token, path, "{\"ranges\":[\"10.0.0.0/8\"],\"confirmLockout\":true}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("clientAllowed").asBoolean()).isFalse();
        assertThat(ipv4.get(token, path).status()).isEqualTo(403);
        assertThat(jdbc.sql(
                                "select detail from account_audit where account_id = ? and action = 'account.ip-ranges-changed' and actor_kind = 'USER' order by id")
                        .param(owner.account().id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "(anywhere) -> 127.0.0.1/32, 2001:db8::/32", "127.0.0.1/32, 2001:db8::/32 -> 10.0.0.0/8");
    }

    @Test
    void whetherACodeWordIsSetButNeverTheWord() {
        var owner = fixtures.owner("cw-api");
        String token = token(tokens, owner, Permission.SETTINGS);
        String path = accountPath(owner) + "/settings/code-word";
        var none = ipv4.get(token, path);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().path("set").asBoolean()).isFalse();
        assertThat(none.json().path("changedAt").isNull()).isTrue();

        codeWords.set(owner.account().id(), "Blue Harbour", Actor.system());
        var set = ipv4.get(token, path);
        assertThat(set.json().path("set").asBoolean()).isTrue();
        assertThat(set.json().path("changedAt").asString()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(set.body()).doesNotContainIgnoringCase("harbour");
        assertThat(ipv4.put(token, path, "{\"codeWord\":\"x\"}").status()).isEqualTo(405);
    }
}
