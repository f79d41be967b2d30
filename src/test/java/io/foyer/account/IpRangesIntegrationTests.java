package io.foyer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.internal.AllowedIpRanges;
import io.foyer.account.internal.IpRangeSettings;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account's allowed IP ranges on the pages. The test client reaches the server over loopback,
 * as 127.0.0.1 or, through {@code [::1]}, as ::1; ranges that hold or miss these addresses prove
 * both answers for both address families.
 */
@IntegrationTest
class IpRangesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IpRangeSettings ipRanges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoSupport support;

    private void restrict(Fixtures.UserAndAccount owner, String lines) {
        ipRanges.change(owner.account().id(), AllowedIpRanges.fromLines(lines), Optional.empty(), true, Actor.system());
    }

    private WebClient ipv4(String email) {
        WebClient web = new WebClient("127.0.0.1", port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    private WebClient ipv6(String email) {
        WebClient web = new WebClient("[::1]", port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    private static String path(Fixtures.UserAndAccount owner, String rest) {
        return "/accounts/" + owner.account().id() + rest;
    }

    @Test
    void everyPageOfTheAccountIsRefusedWithAnExplanationOutsideItsRanges() {
        var owner = fixtures.owner("ipr-pages");
        var member = fixtures.member(owner.account(), "ipr-pages-member", Set.of(Permission.SETTINGS));
        restrict(owner, "10.0.0.0/8\n2001:db8::/32");

        for (WebClient web : List.of(ipv4(owner.email()), ipv4(member.email()), ipv6(member.email()))) {
            for (String page : List.of("", "/settings", "/members", "/contacts", "/tokens", "/settings/security")) {
                var response = web.get(path(owner, page));
                assertThat(response.status()).as(page).isEqualTo(403);
                assertThat(response.body())
                        .contains("This account cannot be opened from your address")
                        .contains(owner.account().displayName())
                        .contains(String.valueOf(owner.account().customerNumber()))
                        .contains("Choose another account");
            }
            var post = web.postForm(path(owner, "/contacts/new"), "name", "Blocked", "country", "DE");
            assertThat(post.status()).isEqualTo(403);
        }
        assertThat(ipv4(member.email()).get(path(owner, "")).body()).contains("Your address 127.0.0.1 is not");
        assertThat(ipv6(member.email()).get(path(owner, "")).body()).contains("Your address ::1 is not");
        assertThat(jdbc.sql("select count(*) from account_contact where account_id = ?")
                        .param(owner.account().id())
                        .query(Integer.class)
                        .single())
                .isZero();

        // Someone who is no member learns nothing: the same 404 as before.
        var stranger = fixtures.owner("ipr-pages-stranger");
        assertThat(ipv4(stranger.email()).get(path(owner, "")).status()).isEqualTo(404);
    }

    @Test
    void theRefusalSpeaksTheUsersLanguage() {
        var owner = fixtures.owner("ipr-german", "de");
        restrict(owner, "10.0.0.0/8");
        WebClient web = ipv4(owner.email());
        web.get("/accounts?lang=de");
        assertThat(web.get(path(owner, "")).body())
                .contains("Dieses Konto kann von Ihrer Adresse aus nicht geöffnet werden")
                .contains("Ihre Adresse 127.0.0.1 gehört nicht dazu");
    }

    @Test
    void insideItsRangesTheAccountOpensForIpv4AndIpv6() {
        var owner = fixtures.owner("ipr-inside");
        restrict(owner, "192.0.2.0/24\n127.0.0.1\n::1/128");
        assertThat(ipv4(owner.email()).get(path(owner, "")).status()).isEqualTo(200);
        assertThat(ipv6(owner.email()).get(path(owner, "")).status()).isEqualTo(200);

        restrict(owner, "127.0.0.0/8");
        assertThat(ipv4(owner.email()).get(path(owner, "")).status()).isEqualTo(200);
        assertThat(ipv6(owner.email()).get(path(owner, "")).status()).isEqualTo(403);

        restrict(owner, "::1");
        assertThat(ipv4(owner.email()).get(path(owner, "")).status()).isEqualTo(403);
        assertThat(ipv6(owner.email()).get(path(owner, "")).status()).isEqualTo(200);

        restrict(owner, "");
        assertThat(ipv4(owner.email()).get(path(owner, "")).status()).isEqualTo(200);
        assertThat(ipv6(owner.email()).get(path(owner, "")).status()).isEqualTo(200);
    }

    @Test
    void aForwardedForHeaderFromTheClientChangesNothing() {
        var owner = fixtures.owner("ipr-spoof");
        restrict(owner, "10.0.0.0/8");
        WebClient web = ipv4(owner.email());
        var spoofed = web.get(path(owner, ""), "X-Forwarded-For", "10.1.2.3");
        assertThat(spoofed.status()).isEqualTo(403);
        assertThat(spoofed.body()).contains("127.0.0.1").doesNotContain("10.1.2.3");

        restrict(owner, "127.0.0.1/32");
        assertThat(web.get(path(owner, ""), "X-Forwarded-For", "10.1.2.3").status())
                .isEqualTo(200);
    }

    @Test
    void theChooserAndTheSwitcherShowAnAccountClosedFromHereWithTheReason() {
        var owner = fixtures.owner("ipr-choose");
        var agency = fixtures.owner("ipr-choose-agency");
        var member = fixtures.member(agency.account(), "ipr-choose-member", Set.of());
        support.addMember(owner.account().id(), member.userId(), Set.of());
        restrict(agency, "10.0.0.0/8");

        WebClient web = ipv4(member.email());
        var chooser = web.get("/accounts");
        assertThat(chooser.status()).isEqualTo(200);
        assertThat(chooser.body())
                .contains("href=\"" + path(owner, "") + "\"")
                .doesNotContain("href=\"" + path(agency, "") + "\"")
                .contains(agency.account().displayName())
                .contains("Not reachable from your address 127.0.0.1");

        String page = web.get(path(owner, "")).body();
        assertThat(page)
                .doesNotContain("href=\"" + path(agency, "") + "\"")
                .contains("not reachable from your address 127.0.0.1");

        // The refusal page keeps the header's menu, so the other account is one click away.
        assertThat(web.get(path(agency, "")).body()).contains("href=\"" + path(owner, "") + "\"");
    }

    @Test
    void withOneAccountClosedFromHereTheChooserExplainsInsteadOfRedirecting() {
        var owner = fixtures.owner("ipr-single");
        restrict(owner, "2001:db8::/32");
        var chooser = ipv4(owner.email()).get("/accounts");
        assertThat(chooser.status()).isEqualTo(200);
        assertThat(chooser.body()).contains("Not reachable from your address 127.0.0.1");

        restrict(owner, "");
        assertThat(ipv4(owner.email()).get("/accounts").redirect()).endsWith(path(owner, ""));
    }

    @Test
    void savingRangesThatExcludeTheOwnAddressNeedsAnExplicitConfirmation() {
        var owner = fixtures.owner("ipr-lockout");
        WebClient web = ipv4(owner.email());
        String security = path(owner, "/settings/security");
        assertThat(web.get(security).body()).contains("Allowed IP ranges").contains("127.0.0.1");

        var unconfirmed = web.postForm(path(owner, "/settings/ip-ranges"), "ranges", "10.0.0.0/8\n");
        assertThat(unconfirmed.status()).isEqualTo(200);
        assertThat(unconfirmed.body())
                .contains("Your current address 127.0.0.1 is not in this list")
                .contains("I understand I will lose access from this address (127.0.0.1)")
                .contains("To save it anyway, tick this box")
                .contains("10.0.0.0/8");
        assertThat(ipRanges.of(owner.account().id()).restricted()).isFalse();
        assertThat(audits(owner)).isEmpty();

        var confirmed =
                web.postForm(path(owner, "/settings/ip-ranges"), "ranges", "10.0.0.0/8\n", "confirmLockout", "true");
        assertThat(confirmed.redirect()).endsWith("/accounts");
        assertThat(ipRanges.of(owner.account().id()).entries()).containsExactly("10.0.0.0/8");
        assertThat(web.get("/accounts").body())
                .contains("Your address 127.0.0.1 is not among them, so you can no longer open this account from here");
        assertThat(web.get(security).status()).isEqualTo(403);
        assertThat(audits(owner)).containsExactly("(anywhere) -> 10.0.0.0/8");
    }

    @Test
    void savingRangesThatKeepTheOwnAddressNormalisesAndAudits() {
        var owner = fixtures.owner("ipr-save");
        var member = fixtures.member(owner.account(), "ipr-save-member", Set.of(Permission.SETTINGS));
        WebClient web = ipv4(member.email());
        var saved = web.postForm(
                path(owner, "/settings/ip-ranges"),
                "ranges",
                "  127.0.0.1  \r\n\r\n2001:DB8:0:0::/32\n::ffff:10.0.0.0/104\n127.0.0.1/32\n");
        assertThat(saved.redirect()).endsWith(path(owner, "/settings/security"));
        assertThat(ipRanges.of(owner.account().id()).entries())
                .containsExactly("127.0.0.1/32", "2001:db8::/32", "10.0.0.0/8");
        String page = web.get(path(owner, "/settings/security")).body();
        assertThat(page)
                .contains("The allowed IP ranges have been saved")
                .contains("127.0.0.1/32\n2001:db8::/32\n10.0.0.0/8");
        List<String> entries = audits(owner);
        assertThat(entries).containsExactly("(anywhere) -> 127.0.0.1/32, 2001:db8::/32, 10.0.0.0/8");
        assertThat(jdbc.sql(
                                "select actor_name from account_audit where account_id = ? and action = 'account.ip-ranges-changed'")
                        .param(owner.account().id())
                        .query(String.class)
                        .single())
                .isEqualTo(member.email());

        // Saving the same list again changes nothing and writes nothing.
        web.postForm(path(owner, "/settings/ip-ranges"), "ranges", "127.0.0.1/32\n2001:db8::/32\n10.0.0.0/8");
        assertThat(audits(owner)).hasSize(1);
    }

    @Test
    void badEntriesAreNamedByLineAndChangeNothing() {
        var owner = fixtures.owner("ipr-bad");
        restrict(owner, "127.0.0.1");
        WebClient web = ipv4(owner.email());
        var response = web.postForm(
                path(owner, "/settings/ip-ranges"),
                "ranges",
                "127.0.0.1\nexample.com\n\n10.0.0.0/33\n192.168.1.17/24\n010.0.0.1\n" + "9".repeat(70));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("Line 2: &quot;example.com&quot; is not an IPv4 or IPv6 address or range")
                .contains("Line 4: &quot;10.0.0.0/33&quot; has an invalid prefix length")
                .contains(
                        "Line 5: &quot;192.168.1.17/24&quot; has address bits set after the prefix. Write 192.168.1.0/24"
                                + " for the whole network, or 192.168.1.17/32 for this one address.")
                .contains("Line 6: &quot;010.0.0.1&quot; is not")
                .contains("Line 7: &quot;99999999999999999999…&quot; is too long")
                .contains("aria-invalid=\"true\"");
        assertThat(ipRanges.of(owner.account().id()).entries()).containsExactly("127.0.0.1/32");

        var tooMany = web.postForm(path(owner, "/settings/ip-ranges"), "ranges", "127.0.0.1\n".repeat(101));
        assertThat(tooMany.status()).isEqualTo(200);
        assertThat(tooMany.body()).contains("At most 100 addresses or ranges.");

        var huge = web.postForm(path(owner, "/settings/ip-ranges"), "ranges", "1".repeat(200_000));
        assertThat(huge.status()).isEqualTo(200);
        assertThat(huge.body()).contains("At most 100 addresses or ranges.");

        var script = web.postForm(path(owner, "/settings/ip-ranges"), "ranges", "<script>alert(1)</script>");
        assertThat(script.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(ipRanges.of(owner.account().id()).entries()).containsExactly("127.0.0.1/32");
        assertThat(audits(owner)).isEmpty();
    }

    private List<String> audits(Fixtures.UserAndAccount owner) {
        return jdbc.sql(
                        "select detail from account_audit where account_id = ? and action = 'account.ip-ranges-changed' and actor_kind <> 'SYSTEM' order by id")
                .param(owner.account().id())
                .query(String.class)
                .list();
    }
}
