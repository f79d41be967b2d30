package io.foyer.support;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.account.Permission;
import io.foyer.account.api.ApiClient;
import io.foyer.account.internal.ApiTokens;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.ProductKind;
import io.foyer.shared.Money;
import io.foyer.subscription.NewService;
import io.foyer.subscription.Services;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class SupportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SupportTickets tickets;

    @Autowired
    StaffSupport staff;

    @Autowired
    Services services;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    static final Author AGENT = Author.staff(1, "Sam Support");

    long service(long accountId) {
        return services.createPending(new NewService(
                accountId,
                0,
                0,
                "Web hosting",
                "Small",
                ProductKind.WEB_HOSTING,
                BillingPeriod.ONE_MONTH,
                Money.of("5.00", "EUR")));
    }

    long technical() {
        return tickets.departments().stream()
                .filter(d -> d.name().equals("Technical"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    long ticketCount(long accountId) {
        return jdbc.sql("select count(*) from support_ticket where account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    WebClient signedIn(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    @Test
    void aCustomerOpensATicketAboutOneOfTheAccountsServicesButNotAboutAnotherAccounts() {
        var owner = fixtures.owner("support-open");
        var stranger = fixtures.owner("support-stranger");
        long mine = service(owner.account().id());
        long theirs = service(stranger.account().id());
        WebClient web = signedIn(owner.email());
        String base = "/accounts/" + owner.account().id() + "/support";

        var form = web.get(base + "/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Technical", "Financial", "Web hosting Small");

        var refused = web.postForm(
                base + "/new",
                "departmentId",
                String.valueOf(technical()),
                "subject",
                "Other service",
                "importance",
                "HIGH",
                "serviceId",
                String.valueOf(theirs),
                "message",
                "Please look");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Choose one of this account&#39;s services.");
        var empty = web.postForm(
                base + "/new",
                "departmentId",
                String.valueOf(technical()),
                "subject",
                "Empty",
                "importance",
                "REGULAR",
                "serviceId",
                "",
                "message",
                "  ");
        assertThat(empty.body()).contains("Enter a message.");
        assertThat(ticketCount(owner.account().id())).isZero();

        var opened = web.postForm(
                base + "/new",
                "departmentId",
                String.valueOf(technical()),
                "subject",
                "Site is down",
                "importance",
                "HIGH",
                "serviceId",
                String.valueOf(mine),
                "message",
                "Since this morning.");
        assertThat(opened.redirect()).contains(base + "/");
        Ticket ticket = tickets.ofAccount(owner.account().id(), owner.userId()).get(0);
        assertThat(ticket.serviceId()).isEqualTo(mine);
        assertThat(ticket.importance()).isEqualTo(Importance.HIGH);
        assertThat(ticket.number()).matches("\\d{4}-\\d{6}");

        var page = web.get(base + "/" + ticket.id());
        assertThat(page.body())
                .contains("Site is down", "Since this morning.", "Owner support-open", "Web hosting Small");
        assertThat(web.get(base).body()).contains(ticket.number());
    }

    @Test
    void staffRepliesAreUnreadUntilSeenAndMailedInTheAccountsLanguageNotesStayInternal() {
        var owner = fixtures.owner("support-reply", "de");
        var member = fixtures.member(owner.account(), "support-member", Set.of(Permission.SUPPORT));
        String technicalAddress = Fixtures.uniqueEmail("support-tech");
        jdbc.sql("update account_account set technical_email = ? where id = ?")
                .params(technicalAddress, owner.account().id())
                .update();
        Ticket ticket = tickets.open(
                owner.account().id(),
                new NewTicket(technical(), "Mail bounces", Importance.REGULAR, null, "Mails come back."),
                owner.userId());
        assertThat(tickets.unreadCount(owner.account().id(), owner.userId())).isZero();

        staff.note(ticket.id(), "Customer is on the old cluster", AGENT);
        assertThat(tickets.unreadCount(owner.account().id(), owner.userId())).isZero();
        staff.reply(ticket.id(), "We fixed the MX record.", AGENT);

        assertThat(tickets.unreadCount(owner.account().id(), owner.userId())).isEqualTo(1);
        assertThat(tickets.unreadCount(owner.account().id(), member.userId())).isEqualTo(1);
        String[] mail = fixtures.latestMailTo(technicalAddress).orElseThrow();
        assertThat(mail[0]).contains(ticket.number()).contains("Mail bounces");
        assertThat(mail[1]).contains("Unser Support hat auf Ihr Ticket " + ticket.number(), "We fixed the MX record.");
        assertThat(fixtures.latestMailTo(owner.email()).map(m -> m[1]).orElse(""))
                .doesNotContain("MX record");
        assertThat(events.stream(TicketReplied.class))
                .anyMatch(e -> e.ticketId() == ticket.id() && e.by() == Author.Kind.STAFF);

        WebClient web = signedIn(owner.email());
        String base = "/accounts/" + owner.account().id() + "/support";
        assertThat(web.get(base + "?tab=unread").body()).contains("Mail bounces");
        String page = web.get(base + "/" + ticket.id()).body();
        assertThat(page).contains("We fixed the MX record.").doesNotContain("old cluster");
        assertThat(tickets.unreadCount(owner.account().id(), owner.userId())).isZero();
        assertThat(web.get(base + "?tab=unread").body()).doesNotContain("Mail bounces");
        // Seen by the owner only: the other member still has it unread.
        assertThat(tickets.unreadCount(owner.account().id(), member.userId())).isEqualTo(1);

        String secret = token(apiTokens, owner, Permission.SUPPORT);
        var api = new ApiClient(port).get(secret, accountPath(owner) + "/tickets/" + ticket.id());
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("We fixed the MX record.").doesNotContain("old cluster");
        assertThat(staff.thread(ticket.id()))
                .anyMatch(m -> m.internal() && m.body().contains("old cluster"));
    }

    @Test
    void aClosedTicketReopensWhenTheCustomerReplies() {
        var owner = fixtures.owner("support-reopen");
        Ticket ticket = tickets.open(
                owner.account().id(),
                new NewTicket(technical(), "Question", Importance.REGULAR, null, "How?"),
                owner.userId());
        WebClient web = signedIn(owner.email());
        String path = "/accounts/" + owner.account().id() + "/support/" + ticket.id();
        web.postForm(path + "/close");
        assertThat(tickets.find(owner.account().id(), ticket.id(), owner.userId())
                        .orElseThrow()
                        .status())
                .isEqualTo(TicketStatus.CLOSED);
        String closedTab = web.get("/accounts/" + owner.account().id() + "/support?tab=closed")
                .body();
        assertThat(closedTab).contains("Question");

        web.postForm(path + "/reply", "message", "One more thing.");
        Ticket reopened =
                tickets.find(owner.account().id(), ticket.id(), owner.userId()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(tickets.thread(owner.account().id(), ticket.id(), owner.userId()))
                .extracting(TicketMessage::body)
                .containsExactly("How?", "One more thing.");

        assertThat(web.postForm(path + "/reply", "message", " ").redirect()).endsWith(path);
        assertThat(tickets.thread(owner.account().id(), ticket.id(), owner.userId()))
                .hasSize(2);
    }

    @Test
    void theApiListsOpensRepliesAndClosesAndRefusesAnotherAccountsService() {
        var owner = fixtures.owner("support-api");
        var stranger = fixtures.owner("support-api-stranger");
        long theirs = service(stranger.account().id());
        String secret = token(apiTokens, owner, Permission.SUPPORT);
        String path = accountPath(owner) + "/tickets";
        ApiClient api = new ApiClient(port);

        var refused = api.post(
                secret,
                path,
                """
                {"departmentId": %d, "subject": "S", "importance": "REGULAR", "serviceId": %d, "message": "M"}"""
                        .formatted(technical(), theirs));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldError("serviceId")).isEqualTo("Choose one of this account's services.");
        assertThat(ticketCount(owner.account().id())).isZero();

        var created = api.post(
                secret,
                path,
                """
                {"departmentId": %d, "subject": "Via API", "importance": "HIGH", "message": "Hello"}"""
                        .formatted(technical()));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("ticket").path("id").asLong();
        assertThat(created.json().path("ticket").path("status").asString()).isEqualTo("OPEN");

        staff.reply(id, "Answer", AGENT);
        assertThat(api.get(secret, path)
                        .json()
                        .path("items")
                        .get(0)
                        .path("unread")
                        .asBoolean())
                .isTrue();

        var closed = api.post(secret, path + "/" + id + "/close", "");
        assertThat(closed.json().path("ticket").path("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get(secret, path + "?status=OPEN").json().path("items")).isEmpty();
        var replied = api.post(secret, path + "/" + id + "/replies", "{\"message\": \"Thanks\"}");
        assertThat(replied.status()).isEqualTo(200);
        assertThat(replied.json().path("ticket").path("status").asString()).isEqualTo("OPEN");
        assertThat(replied.json().path("messages")).hasSize(3);
        assertThat(api.post(secret, path + "/" + id + "/replies", "{\"message\": \"\"}")
                        .status())
                .isEqualTo(422);

        String spec = api.get(null, "/v3/api-docs").body();
        assertThat(spec).contains("/api/v1/accounts/{accountId}/tickets/{ticketId}/replies");
    }

    @Test
    void staffChangeDepartmentAndImportanceAssignAndAddDepartments() {
        var owner = fixtures.owner("support-staff");
        Ticket ticket = tickets.open(
                owner.account().id(),
                new NewTicket(technical(), "Invoice wrong", Importance.REGULAR, null, "Amount"),
                owner.userId());
        Department sales = staff.addDepartment("Sales " + ticket.id());
        assertThatThrownBy(() -> staff.addDepartment("sales " + ticket.id())).isInstanceOf(TicketRefused.class);
        staff.change(ticket.id(), sales.id(), Importance.HIGH);
        staff.assign(ticket.id(), 7L);
        Ticket changed = staff.find(ticket.id()).orElseThrow();
        assertThat(changed.departmentName()).isEqualTo(sales.name());
        assertThat(changed.importance()).isEqualTo(Importance.HIGH);
        assertThat(changed.assignedStaffId()).isEqualTo(7L);
        assertThat(staff.inbox(sales.id(), TicketStatus.OPEN))
                .extracting(Ticket::id)
                .containsExactly(ticket.id());
        staff.close(ticket.id(), AGENT);
        // Events are recorded for calls in the test's thread.
        assertThat(events.stream(TicketOpened.class)).anyMatch(e -> e.ticketId() == ticket.id());
        assertThat(events.stream(TicketClosed.class))
                .anyMatch(e -> e.ticketId() == ticket.id() && e.by() == Author.Kind.STAFF);
        assertThat(staff.inbox(sales.id(), TicketStatus.OPEN)).isEmpty();
        assertThat(staff.inbox(sales.id(), TicketStatus.CLOSED))
                .extracting(Ticket::id)
                .containsExactly(ticket.id());
    }

    @Test
    void theDashboardShowsOpenTicketsAndRecentTicketsToMembersWithTheSupportPermissionOnly() {
        var owner = fixtures.owner("support-dash");
        var billingOnly = fixtures.member(owner.account(), "support-dash-billing", Set.of(Permission.BILLING));
        long service = service(owner.account().id());
        Ticket first = tickets.open(
                owner.account().id(),
                new NewTicket(technical(), "First question", Importance.REGULAR, null, "One"),
                owner.userId());
        tickets.open(
                owner.account().id(),
                new NewTicket(technical(), "Second question", Importance.REGULAR, null, "Two"),
                owner.userId());
        tickets.close(owner.account().id(), first.id(), owner.userId());

        String dashboard =
                signedIn(owner.email()).get("/accounts/" + owner.account().id()).body();
        assertThat(dashboard)
                .contains("Open tickets: 1", "Recent support tickets", "First question", "Second question", "Closed");
        String other = signedIn(billingOnly.email())
                .get("/accounts/" + owner.account().id())
                .body();
        assertThat(other).doesNotContain("Recent support tickets", "First question", "/support\"");
        assertThat(signedIn(billingOnly.email())
                        .get("/accounts/" + owner.account().id() + "/support")
                        .status())
                .isEqualTo(403);

        String servicePage = signedIn(owner.email())
                .get("/accounts/" + owner.account().id() + "/services/" + service)
                .body();
        assertThat(servicePage).contains("/support/new?serviceId=" + service);
        String form = signedIn(owner.email())
                .get("/accounts/" + owner.account().id() + "/support/new?serviceId=" + service)
                .body();
        assertThat(form).containsPattern("value=\"" + service + "\"[^>]*selected");
    }

    @Test
    void attachmentsAreCheckedStoredAndServedAsDownloadsWithTheirOwnType() {
        var owner = fixtures.owner("support-files");
        NewTicket ticket = new NewTicket(technical(), "Logs", Importance.REGULAR, null, "See the log");
        for (var refused : List.of(
                List.of(new NewAttachment("page.html", "<script>alert(1)</script>".getBytes())),
                List.of(new NewAttachment("run.sh", "rm".getBytes())),
                List.of(new NewAttachment("big.log", new byte[5 * 1024 * 1024 + 1])),
                List.of(new NewAttachment("empty.txt", new byte[0])),
                java.util.Collections.nCopies(6, new NewAttachment("a.txt", "a".getBytes())))) {
            assertThatThrownBy(() -> tickets.open(owner.account().id(), ticket, owner.userId(), refused))
                    .isInstanceOfSatisfying(
                            TicketRefused.class, e -> assertThat(e.field()).isEqualTo("attachments"));
        }
        assertThat(ticketCount(owner.account().id())).isZero();

        Ticket opened = tickets.open(
                owner.account().id(),
                ticket,
                owner.userId(),
                List.of(new NewAttachment("C:\\logs\\error \"1\".LOG", "line 1\nline 2".getBytes())));
        Attachment stored = tickets.thread(owner.account().id(), opened.id(), owner.userId())
                .get(0)
                .attachments()
                .get(0);
        assertThat(stored.fileName()).isEqualTo("error _1_.LOG");

        String path = "/accounts/" + owner.account().id() + "/support/" + opened.id();
        WebClient web = signedIn(owner.email());
        assertThat(web.get(path).body()).contains("error _1_.LOG", "Up to 5 files of at most 5 MB each");
        var download = web.get(path + "/attachments/" + stored.id());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("line 1\nline 2");
        assertThat(download.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        tickets.reply(
                owner.account().id(),
                opened.id(),
                "Screenshot",
                owner.userId(),
                List.of(new NewAttachment("shot.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        var thread = tickets.thread(owner.account().id(), opened.id(), owner.userId());
        assertThat(thread.get(1).attachments())
                .extracting(Attachment::contentType)
                .containsExactly("image/png");
        assertThat(staff.attachment(opened.id(), stored.id())).isPresent();

        String secret = token(apiTokens, owner, Permission.SUPPORT);
        String apiPath = accountPath(owner) + "/tickets/" + opened.id();
        ApiClient api = new ApiClient(port);
        var listed = api.get(secret, apiPath)
                .json()
                .path("messages")
                .get(0)
                .path("attachments")
                .get(0);
        assertThat(listed.path("fileName").asString()).isEqualTo("error _1_.LOG");
        var apiDownload = api.get(secret, apiPath + "/attachments/" + stored.id());
        assertThat(apiDownload.body()).isEqualTo("line 1\nline 2");
        assertThat(apiDownload.header("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment;"));
        assertThat(apiDownload.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(tickets.attachment(owner.account().id(), opened.id() + 1_000_000, stored.id()))
                .isEmpty();
    }

    @Test
    void staffViewingAsTheCustomerLeaveStaffRepliesUnread() {
        var owner = fixtures.owner("support-view-as");
        Ticket ticket = tickets.open(
                owner.account().id(),
                new NewTicket(technical(), "Watched", Importance.REGULAR, null, "Hello"),
                owner.userId());
        staff.reply(ticket.id(), "Answer for the customer", AGENT);

        WebClient console = new WebClient(port);
        assertThat(console.postForm(
                                "/console/login",
                                "email",
                                fixtures.staff(io.foyer.identity.StaffRole.SUPPORT),
                                "password",
                                Fixtures.PASSWORD)
                        .redirect())
                .endsWith("/console");
        console.postForm(
                "/console/accounts/" + owner.account().customerNumber() + "/impersonate",
                "userId",
                String.valueOf(owner.userId()),
                "reason",
                "Ticket " + ticket.number());
        var page = console.get("/accounts/" + owner.account().id() + "/support/" + ticket.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Answer for the customer");
        assertThat(tickets.unreadCount(owner.account().id(), owner.userId())).isEqualTo(1);
    }
}
