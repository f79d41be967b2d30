package io.foyer.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.StaffRole;
import io.foyer.support.internal.CannedResponses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SupportConsoleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SupportTickets tickets;

    @Autowired
    StaffSupport support;

    @Autowired
    CannedResponses canned;

    @Autowired
    io.foyer.identity.StaffUsers staffUsers;

    WebClient staff(StaffRole role) {
        WebClient web = new WebClient(port);
        String email = fixtures.staff(role);
        assertThat(web.postForm("/console/login", "email", email, "password", Fixtures.PASSWORD)
                        .redirect())
                .endsWith("/console");
        return web;
    }

    /** Posts a form and answers the page it redirects to (which shows the flash message). */
    static String post(WebClient web, String path, String... form) {
        var response = web.postForm(path, form);
        assertThat(response.redirect()).isNotNull();
        return web.get(response.redirect()).body();
    }

    Ticket open(Fixtures.UserAndAccount owner, String subject) {
        return tickets.open(
                owner.account().id(),
                new NewTicket(tickets.departments().get(0).id(), subject, Importance.REGULAR, null, "Help"),
                owner.userId());
    }

    @Test
    void supportStaffRepliesAddsNotesReassignsChangesAndCloses() {
        var owner = fixtures.owner("console-support");
        Ticket ticket = open(owner, "Console case " + owner.userId());
        WebClient web = staff(StaffRole.SUPPORT);
        String path = "/console/support/" + ticket.id();

        assertThat(web.get("/console/support").body()).contains(ticket.subject());
        String page = web.get(path).body();
        assertThat(page)
                .contains("Help", "/console/accounts/" + owner.account().customerNumber())
                .contains("#verify-heading");

        assertThat(post(web, path + "/reply", "message", "Public answer")).contains("mailed to the customer");
        assertThat(post(web, path + "/reply", "message", "Private remark", "internal", "true"))
                .contains("The internal note was added.");
        assertThat(post(web, path + "/reply", "message", " ")).contains("Enter a message.");
        assertThat(support.thread(ticket.id()))
                .extracting(TicketMessage::body, TicketMessage::internal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Help", false),
                        org.assertj.core.groups.Tuple.tuple("Public answer", false),
                        org.assertj.core.groups.Tuple.tuple("Private remark", true));
        assertThat(fixtures.latestMailTo(owner.email()).orElseThrow()[1]).contains("Public answer");
        assertThat(tickets.thread(owner.account().id(), ticket.id(), owner.userId()))
                .extracting(TicketMessage::body)
                .doesNotContain("Private remark");

        String agent = fixtures.staff(StaffRole.SUPPORT);
        String billing = fixtures.staff(StaffRole.BILLING);
        long agentId = staffUsers.findIdByEmail(agent).orElseThrow();
        // The assignee is picked from a list of the staff who can handle tickets (not billing staff).
        assertThat(web.get(path).body())
                .contains("<option value=\"" + agentId + "\">Staff SUPPORT (" + agent + ")</option>")
                .doesNotContain(billing);
        assertThat(post(web, path + "/assign", "staffId", String.valueOf(agentId)))
                .contains("The assignment was saved.")
                .contains("<option value=\"" + agentId + "\" selected=\"selected\">Staff SUPPORT (" + agent
                        + ")</option>");
        assertThat(support.find(ticket.id()).orElseThrow().assignedStaffId()).isEqualTo(agentId);
        assertThat(post(
                        web,
                        path + "/assign",
                        "staffId",
                        String.valueOf(staffUsers.findIdByEmail(billing).orElseThrow())))
                .contains("Choose one of the listed staff members.");
        assertThat(post(web, path + "/assign", "staffId", "")).contains("The assignment was saved.");
        assertThat(support.find(ticket.id()).orElseThrow().assignedStaffId()).isNull();

        Department other = tickets.departments().get(1);
        post(web, path + "/change", "departmentId", String.valueOf(other.id()), "importance", "HIGH");
        Ticket changed = support.find(ticket.id()).orElseThrow();
        assertThat(changed.departmentId()).isEqualTo(other.id());
        assertThat(changed.importance()).isEqualTo(Importance.HIGH);
        assertThat(web.get("/console/support?department=" + other.id()).body()).contains(ticket.subject());

        assertThat(post(web, path + "/close")).contains("The ticket was closed.");
        assertThat(support.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(web.get("/console/support").body()).doesNotContain(ticket.subject());
        assertThat(web.get("/console/support?status=CLOSED").body()).contains(ticket.subject());
        assertThat(web.get("/console/support/99999999").status()).isEqualTo(404);
    }

    @Test
    void billingStaffHaveNoSupportScreens() {
        var owner = fixtures.owner("console-support-billing");
        Ticket ticket = open(owner, "Billing cannot see");
        WebClient web = staff(StaffRole.BILLING);
        assertThat(web.get("/console/support").status()).isEqualTo(403);
        assertThat(web.get("/console/support/" + ticket.id()).status()).isEqualTo(403);
        assertThat(web.postForm("/console/support/" + ticket.id() + "/reply", "message", "x")
                        .status())
                .isEqualTo(403);
        assertThat(staff(StaffRole.ADMIN).get("/console/support").status()).isEqualTo(200);
    }

    @Test
    void cannedResponsesAreAddedPutIntoTheReplyAndRemoved() {
        var owner = fixtures.owner("console-canned");
        Ticket ticket = open(owner, "Canned case " + owner.userId());
        WebClient web = staff(StaffRole.SUPPORT);
        String title = "Reboot hint " + owner.userId();

        assertThat(post(web, "/console/support/canned", "title", " ", "body", "Text"))
                .contains("Enter a title.");
        assertThat(post(web, "/console/support/canned", "title", title, "body", " "))
                .contains("Enter the text.");
        assertThat(post(web, "/console/support/canned", "title", title, "body", "Please reboot & try again."))
                .contains("The canned response was added.", title);
        assertThat(post(web, "/console/support/canned", "title", title.toUpperCase(), "body", "Other"))
                .contains("A canned response with this title exists already.");

        String inbox = web.get("/console/support").body();
        assertThat(inbox).contains("Remove canned response " + title);
        long id = canned.all().stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
        String page =
                web.get("/console/support/" + ticket.id() + "?canned=" + id).body();
        assertThat(page).contains("Please reboot &amp; try again.</textarea>");
        assertThat(web.get("/console/support/" + ticket.id()).body()).contains("rows=\"6\"></textarea>");

        assertThat(post(web, "/console/support/canned/" + id + "/delete")).contains("The canned response was removed.");
        assertThat(web.get("/console/support").body()).doesNotContain(title);
    }
}
