package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.Permission;
import io.foyer.identity.StaffRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ImpersonationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    private static String consolePage(Fixtures.UserAndAccount owner) {
        return "/console/accounts/" + owner.account().customerNumber();
    }

    private WebClient.Response start(WebClient staff, Fixtures.UserAndAccount owner, long userId, String reason) {
        return staff.postForm(consolePage(owner) + "/impersonate", "userId", String.valueOf(userId), "reason", reason);
    }

    @Test
    void supportViewsAsTheCustomerReadOnlyWithABannerAndTheCustomerSeesItInTheAuditLog() {
        var owner = fixtures.owner("imp");
        long accountId = owner.account().id();
        var second = fixtures.owner("imp-second");
        String support = fixtures.staff(StaffRole.SUPPORT);
        WebClient staff = ConsoleSessions.staff(port, support);
        assertThat(staff.get(consolePage(owner)).body()).contains("View as customer");

        var started = start(staff, owner, owner.userId(), "Ticket #4711: invoice address looks wrong");
        assertThat(started.redirect()).endsWith("/accounts/" + accountId);

        String dashboard = staff.get("/accounts/" + accountId).body();
        assertThat(dashboard)
                .contains("Support view: you are seeing Foyer as " + owner.email())
                .contains("Read-only: nothing can be changed.")
                .contains("Ticket #4711: invoice address looks wrong")
                .contains("End view as customer")
                .doesNotContain(">Log out<");
        assertThat(staff.get("/accounts/" + accountId + "/contacts").body()).contains("Support view");

        var change = staff.postForm("/accounts/" + accountId + "/contacts/new", "name", "Sneaky", "country", "DE");
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.body()).contains("nothing can be changed here");
        assertThat(accounts.contacts(accountId)).isEmpty();

        // The staff member stays signed in to the console the whole time.
        assertThat(staff.get("/console").status()).isEqualTo(200);

        var ended = staff.postForm("/console/impersonation/end");
        assertThat(ended.redirect()).endsWith(consolePage(owner));
        assertThat(staff.get("/accounts/" + accountId).redirect()).endsWith("/login");

        String audit = ConsoleSessions.customer(port, owner.email())
                .get("/accounts/" + accountId + "/audit")
                .body();
        assertThat(audit)
                .contains("Support viewed the account as a customer")
                .contains("Ticket #4711: invoice address looks wrong")
                .contains("Support stopped viewing the account")
                .contains(support);
        assertThat(accounts.auditLog(second.account().id(), 50))
                .noneMatch(e -> e.action().startsWith("impersonation"));
    }

    @Test
    void theViewReachesOnlyTheAccountItWasStartedFrom() {
        var owner = fixtures.owner("imp-one");
        var otherAccount = fixtures.owner("imp-two");
        // The owner of the first account is also a member of another account.
        fixtures.member(otherAccount.account(), "imp-unused", Set.of());
        var shared = fixtures.member(otherAccount.account(), "imp-shared", Set.of(Permission.BILLING));
        var sharedAlsoInFirst = fixtures.member(owner.account(), "imp-first", Set.of(Permission.BILLING));
        WebClient staff = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));
        start(staff, owner, sharedAlsoInFirst.userId(), "Checking what the accountant sees");

        assertThat(staff.get("/accounts/" + owner.account().id()).status()).isEqualTo(200);
        assertThat(staff.get("/accounts/" + otherAccount.account().id()).status())
                .isEqualTo(404);
        assertThat(staff.get("/accounts").redirect())
                .endsWith("/accounts/" + owner.account().id());
        assertThat(shared.userId()).isNotEqualTo(sharedAlsoInFirst.userId());
    }

    @Test
    void aReasonAndAMemberOfTheAccountAreRequiredAndOnlyAdminsMayAllowChanges() {
        var owner = fixtures.owner("imp-bad");
        var stranger = fixtures.owner("imp-stranger");
        WebClient staff = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));

        var noReason = start(staff, owner, owner.userId(), "   ");
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Please fill in this field.");
        var foreign = start(staff, owner, stranger.userId(), "Ticket 1");
        assertThat(foreign.body()).contains("Choose a member of this account.");
        var tampered =
                staff.postForm(consolePage(owner) + "/impersonate", "userId", "x'; drop table", "reason", "Ticket 1");
        assertThat(tampered.body()).contains("Choose a member of this account.");
        var changes = staff.postForm(
                consolePage(owner) + "/impersonate",
                "userId",
                String.valueOf(owner.userId()),
                "reason",
                "Ticket 1",
                "allowChanges",
                "true");
        assertThat(changes.body()).contains("Only admins may allow changes.");

        assertThat(staff.get("/accounts/" + owner.account().id()).redirect()).endsWith("/login");
        assertThat(accounts.auditLog(owner.account().id(), 50))
                .noneMatch(e -> e.action().startsWith("impersonation"));

        WebClient billing = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));
        assertThat(billing.get(consolePage(owner)).body()).doesNotContain("View as customer");
        assertThat(start(billing, owner, owner.userId(), "Ticket 1").status()).isEqualTo(403);
    }

    @Test
    void anAdminMayAllowChangesWhichAreRecordedAsTheirsButNeverTheUsersCredentialsOrTokens() {
        var owner = fixtures.owner("imp-admin");
        long accountId = owner.account().id();
        String admin = fixtures.staff(StaffRole.ADMIN);
        WebClient staff = ConsoleSessions.staff(port, admin);
        staff.postForm(
                consolePage(owner) + "/impersonate",
                "userId",
                String.valueOf(owner.userId()),
                "reason",
                "Customer asked us to add their accountant as a contact",
                "allowChanges",
                "true");
        assertThat(staff.get("/accounts/" + accountId).body()).contains("Changes are allowed");

        var contact = staff.postForm("/accounts/" + accountId + "/contacts/new", "name", "Accountant", "country", "DE");
        assertThat(contact.status()).isEqualTo(302);
        assertThat(accounts.contacts(accountId)).extracting(c -> c.name()).containsExactly("Accountant");
        assertThat(accounts.auditLog(accountId, 10))
                .filteredOn(e -> e.action().equals("contact.created"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actorKind()).isEqualTo("STAFF");
                    assertThat(e.actorName()).contains(admin).contains(owner.email());
                });

        assertThat(staff.postForm("/accounts/" + accountId + "/tokens", "name", "mine", "expiresInDays", "30")
                        .status())
                .isEqualTo(403);
        assertThat(staff.postForm(
                                "/profile/password",
                                "currentPassword",
                                Fixtures.PASSWORD,
                                "newPassword",
                                "Another-Long-Passphrase-1",
                                "confirmPassword",
                                "Another-Long-Passphrase-1")
                        .status())
                .isEqualTo(403);
        assertThat(ConsoleSessions.customer(port, owner.email())
                        .get("/accounts/" + accountId)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void signingOutOfTheConsoleEndsTheView() {
        var owner = fixtures.owner("imp-logout");
        WebClient staff = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));
        start(staff, owner, owner.userId(), "Ticket 2");
        assertThat(staff.get("/accounts/" + owner.account().id()).status()).isEqualTo(200);
        staff.postForm("/console/logout");
        assertThat(staff.get("/accounts/" + owner.account().id()).redirect()).endsWith("/login");
    }
}
