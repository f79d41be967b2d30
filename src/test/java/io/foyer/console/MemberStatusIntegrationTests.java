package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditEntry;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.identity.StaffRole;
import io.foyer.identity.UserSecurityEvent;
import io.foyer.identity.Users;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.SecurityEvents;
import io.foyer.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff disabling and enabling a customer user from the account view. */
@IntegrationTest
class MemberStatusIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SecurityEvents events;

    private int apiStatus(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String pageOf(Fixtures.UserAndAccount who) {
        return "/console/accounts/" + who.account().customerNumber();
    }

    @Test
    void disablingEndsEverySessionRefusesSignInAndStopsTokensUntilEnabledAgain() throws Exception {
        var owner = fixtures.owner("status-owner");
        var member = fixtures.member(owner.account(), "status-member", Set.of(Permission.BILLING));
        WebClient memberWeb = ConsoleSessions.customer(port, member.email());
        String token = tokens.create(owner.account().id(), member.userId(), "script", Set.of(), null, Actor.system())
                .secret();
        assertThat(apiStatus(token)).isEqualTo(200);
        WebClient admin = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        String page = pageOf(owner);
        assertThat(admin.get(page).body())
                .contains("Disable user")
                .contains("Reason for disabling Member status-member");

        var disabled =
                admin.postForm(page + "/members/" + member.userId() + "/disable", "reason", "Ticket #9 abuse report");
        assertThat(disabled.redirect()).endsWith(page);
        assertThat(admin.get(page).body())
                .contains(member.email() + " has been disabled")
                .contains("Enable user")
                .contains("User disabled by staff");

        assertThat(memberWeb.get("/profile").redirect()).endsWith("/login");
        assertThat(new WebClient(port).login(member.email(), Fixtures.PASSWORD).redirect())
                .endsWith("/login?disabled");
        assertThat(apiStatus(token)).isEqualTo(401);
        assertThat(users.find(member.userId()).orElseThrow().disabled()).isTrue();
        AuditEntry audit = accounts.auditLog(owner.account().id(), 5).get(0);
        assertThat(audit.action()).isEqualTo("member.disabled");
        assertThat(audit.actorKind()).isEqualTo("STAFF");
        assertThat(audit.detail()).contains(member.email()).contains("Ticket #9 abuse report");
        UserSecurityEvent event = events.of(member.userId()).stream()
                .filter(e -> e.action().equals("user.disabled"))
                .findFirst()
                .orElseThrow();
        assertThat(event.staffId()).isNotNull();
        assertThat(event.detail()).isEqualTo("Ticket #9 abuse report");

        admin.postForm(page + "/members/" + member.userId() + "/enable", "reason", "Ticket #9 resolved");
        assertThat(ConsoleSessions.customer(port, member.email())
                        .get("/profile")
                        .status())
                .isEqualTo(200);
        assertThat(apiStatus(token)).isEqualTo(200);
        assertThat(events.actionsOf(member.userId())).contains("user.enabled");
    }

    @Test
    void aReasonIsRequiredAndWithoutOneNothingChanges() {
        var owner = fixtures.owner("status-reason");
        WebClient admin = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        String page = pageOf(owner);

        var response = admin.postForm(page + "/members/" + owner.userId() + "/disable", "reason", "   ");
        assertThat(response.redirect()).endsWith(page);
        assertThat(admin.get(page).body())
                .contains("Please enter the reason or the ticket reference.")
                .contains("aria-invalid=\"true\"");
        var tooLong = admin.postForm(page + "/members/" + owner.userId() + "/disable", "reason", "x".repeat(501));
        assertThat(tooLong.redirect()).endsWith(page);

        assertThat(users.find(owner.userId()).orElseThrow().disabled()).isFalse();
        assertThat(ConsoleSessions.customer(port, owner.email()).get("/profile").status())
                .isEqualTo(200);
    }

    @Test
    void onlyAdministratorsMayAndOnlyForMembersOfTheAccount() {
        var owner = fixtures.owner("status-roles");
        var stranger = fixtures.owner("status-stranger");
        WebClient support = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));
        String page = pageOf(owner);
        assertThat(support.get(page).body()).doesNotContain("Disable user").contains("Sign-ins and sessions");

        assertThat(support.postForm(page + "/members/" + owner.userId() + "/disable", "reason", "because")
                        .status())
                .isEqualTo(403);

        WebClient admin = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        assertThat(admin.postForm(page + "/members/" + stranger.userId() + "/disable", "reason", "because")
                        .status())
                .isEqualTo(404);
        assertThat(admin.postForm(page + "/members/abc/disable", "reason", "because")
                        .status())
                .isEqualTo(404);
        assertThat(users.find(owner.userId()).orElseThrow().disabled()).isFalse();
        assertThat(users.find(stranger.userId()).orElseThrow().disabled()).isFalse();
    }

    @Test
    void staffSeeAUsersLoginHistoryAndSessions() {
        var owner = fixtures.owner("status-history");
        new WebClient(port).login(owner.email(), "wrong-password-1");
        ConsoleSessions.customer(port, owner.email());
        WebClient billing = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));

        var page = billing.get("/console/users/" + owner.userId() + "/logins");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Sign-ins of Owner status-history")
                .contains("wrong password")
                .contains("signed in")
                .contains("Active sessions")
                .contains("127.0.0.1")
                .contains(String.valueOf(owner.account().customerNumber()));
        assertThat(billing.get("/console/users/999999999/logins").status()).isEqualTo(404);
        assertThat(billing.get("/console/users/x/logins").status()).isEqualTo(404);
    }
}
