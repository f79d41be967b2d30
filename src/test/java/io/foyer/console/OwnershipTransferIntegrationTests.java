package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Accounts;
import io.foyer.account.AuditEntry;
import io.foyer.account.Member;
import io.foyer.account.Permission;
import io.foyer.identity.StaffRole;
import io.foyer.identity.Users;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OwnershipTransferIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Users users;

    @Test
    void adminTransfersToAMemberWithAuditedReasonAndTheOldOwnerKeepsFullAccess() {
        var owner = fixtures.owner("xferowner");
        var member = fixtures.member(owner.account(), "xfermember", Set.of(Permission.BILLING));
        String admin = fixtures.staff(StaffRole.ADMIN);
        WebClient web = ConsoleSessions.staff(port, admin);
        String page = "/console/accounts/" + owner.account().customerNumber();

        assertThat(web.get(page).body())
                .contains("<h2 class=\"h5\" id=\"transfer-heading\">Transfer ownership</h2>")
                .contains(">Email of another existing user</label>")
                .contains(">Reason / ticket reference</label>")
                .contains("<option value=\"" + member.userId() + "\">");

        var response = web.postForm(
                page + "/owner",
                "memberUserId",
                String.valueOf(member.userId()),
                "email",
                "",
                "reason",
                "Ticket #4711");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.redirect()).endsWith(page);
        assertThat(web.get(page).body())
                .contains("role=\"status\"")
                .contains("Ownership has been transferred to " + member.email());

        long accountId = owner.account().id();
        assertThat(ownerOf(accountId)).isEqualTo(member.userId());
        Member oldOwner = memberOf(accountId, owner.userId());
        assertThat(oldOwner.owner()).isFalse();
        assertThat(oldOwner.permissions()).containsExactlyInAnyOrder(Permission.values());

        List<AuditEntry> audit = accounts.auditLog(accountId, 10);
        assertThat(audit)
                .filteredOn(e -> e.action().equals("owner.transfer.reason"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.detail()).isEqualTo("Ticket #4711");
                    assertThat(e.actorKind()).isEqualTo("STAFF");
                    assertThat(e.actorName()).isEqualTo(admin);
                });
        assertThat(audit)
                .filteredOn(e -> e.action().equals("owner.transferred"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(owner.email()).contains(member.email()));
        assertThat(web.get(page).body()).contains("owner.transfer.reason").contains("Ticket #4711");

        // The old owner is now a normal member who still may do everything, e.g. manage users.
        WebClient previous = ConsoleSessions.customer(port, owner.email());
        assertThat(previous.get("/accounts/" + accountId + "/members").status()).isEqualTo(200);
        assertThat(previous.get("/accounts/" + accountId + "/settings").status())
                .isEqualTo(200);
    }

    @Test
    void adminTransfersToAnotherExistingUserByEmail() {
        var owner = fixtures.owner("xferbyemail");
        String email = Fixtures.uniqueEmail("newowner");
        long newOwner = users.registerConfirmed(email, Fixtures.PASSWORD, "New Owner", "en");
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));

        var response = web.postForm(
                "/console/accounts/" + owner.account().customerNumber() + "/owner",
                "memberUserId",
                "",
                "email",
                "  " + email.toUpperCase() + " ",
                "reason",
                "  Ticket 99  ");
        assertThat(response.status()).isEqualTo(302);

        long accountId = owner.account().id();
        assertThat(ownerOf(accountId)).isEqualTo(newOwner);
        assertThat(memberOf(accountId, owner.userId()).permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(accounts.auditLog(accountId, 10))
                .filteredOn(e -> e.action().equals("owner.transfer.reason"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("Ticket 99"));
        assertThat(ConsoleSessions.customer(port, email)
                        .get("/accounts/" + accountId + "/members")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void supportAndBillingStaffCannotTransferNorSeeTheForm() {
        var owner = fixtures.owner("xferrefused");
        var member = fixtures.member(owner.account(), "xferrefusedmember", EnumSet.noneOf(Permission.class));
        String page = "/console/accounts/" + owner.account().customerNumber();
        int auditBefore = accounts.auditLog(owner.account().id(), 100).size();

        for (StaffRole role : new StaffRole[] {StaffRole.SUPPORT, StaffRole.BILLING}) {
            WebClient web = ConsoleSessions.staff(port, fixtures.staff(role));
            assertThat(web.get(page).body()).as(role.name()).doesNotContain("Transfer ownership");
            var response = web.postForm(
                    page + "/owner", "memberUserId", String.valueOf(member.userId()), "email", "", "reason", "x");
            assertThat(response.status()).as(role.name()).isEqualTo(403);
            assertThat(response.body()).as(role.name()).contains("Not allowed");
        }
        assertThat(ownerOf(owner.account().id())).isEqualTo(owner.userId());
        assertThat(accounts.auditLog(owner.account().id(), 100)).hasSize(auditBefore);
    }

    @Test
    void badInputShowsAMessageNextToTheFieldAndChangesNothing() {
        var owner = fixtures.owner("xferbad");
        var member = fixtures.member(owner.account(), "xferbadmember", Set.of(Permission.SERVICES));
        var outsider = fixtures.owner("xferbadoutsider");
        String page = "/console/accounts/" + owner.account().customerNumber();
        String memberId = String.valueOf(member.userId());
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        int auditBefore = accounts.auditLog(owner.account().id(), 100).size();

        assertRefused(web, page, "memberUserId", "Please choose a user of this account or enter", "", "", "T-1");
        assertRefused(web, page, "memberUserId", "not both", memberId, outsider.email(), "T-1");
        assertRefused(
                web,
                page,
                "memberUserId",
                "Please choose one of the listed users",
                String.valueOf(outsider.userId()),
                "",
                "T-1");
        assertRefused(
                web,
                page,
                "memberUserId",
                "Please choose one of the listed users",
                String.valueOf(owner.userId()),
                "",
                "T-1");
        assertRefused(web, page, "memberUserId", "Please choose one of the listed users", "abc", "", "T-1");
        assertRefused(
                web, page, "email", "There is no user with this email address.", "", "nobody-" + owner.email(), "T-1");
        assertRefused(web, page, "email", "This user is the owner already.", "", owner.email(), "T-1");
        String unconfirmed = Fixtures.uniqueEmail("xferunconfirmed");
        users.register(unconfirmed, Fixtures.PASSWORD, "Not Yet Confirmed", "en");
        assertRefused(web, page, "email", "has not confirmed their email address yet", "", unconfirmed, "T-1");
        assertRefused(web, page, "reason", "Please enter the reason or the ticket reference.", memberId, "", "   ");
        assertRefused(web, page, "reason", "Please enter at most 500 characters.", memberId, "", "x".repeat(501));

        assertThat(ownerOf(owner.account().id())).isEqualTo(owner.userId());
        assertThat(memberOf(owner.account().id(), member.userId()).permissions())
                .containsExactly(Permission.SERVICES);
        assertThat(accounts.auditLog(owner.account().id(), 100)).hasSize(auditBefore);
    }

    @Test
    void messagesAreTranslated() {
        var owner = fixtures.owner("xferdeutsch");
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        String page = "/console/accounts/" + owner.account().customerNumber();
        assertThat(web.get(page + "?lang=de").body())
                .contains("Inhaberschaft übertragen")
                .contains(">Kunden</a>")
                .contains(">Mail-Protokoll</a>")
                .contains(">Abmelden</button>");
        var response = web.postForm(page + "/owner", "memberUserId", "", "email", "", "reason", "");
        assertThat(response.body())
                .contains("Bitte geben Sie den Grund oder die Ticket-Nummer an.")
                .contains("Bitte wählen Sie einen Benutzer dieses Kontos");
    }

    private void assertRefused(
            WebClient web,
            String page,
            String field,
            String message,
            String memberUserId,
            String email,
            String reason) {
        var response = web.postForm(page + "/owner", "memberUserId", memberUserId, "email", email, "reason", reason);
        assertThat(response.status()).as(message).isEqualTo(200);
        assertThat(response.body())
                .as(message)
                .contains("Nothing has been changed")
                .contains("href=\"" + page + "?lang=de\"")
                // the message sits in the error element that belongs to its field
                .containsPattern("id=\"" + field + "-error\">[^<]*" + Pattern.quote(message));
    }

    private long ownerOf(long accountId) {
        return accounts.members(accountId).stream()
                .filter(Member::owner)
                .map(Member::userId)
                .findFirst()
                .orElseThrow();
    }

    private Member memberOf(long accountId, long userId) {
        return accounts.members(accountId).stream()
                .filter(m -> m.userId() == userId)
                .findFirst()
                .orElseThrow();
    }
}
