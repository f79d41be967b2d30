package io.foyer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.account.Permission;
import io.foyer.identity.StaffRole;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Replies by email through the support mailbox (GreenMail's IMAP) and the reply address of staff replies. */
@IntegrationTest
@RecordApplicationEvents
class SupportMailInIntegrationTests {

    static final Author AGENT = Author.staff(1, "Sam Support");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SupportTickets tickets;

    @Autowired
    StaffSupport staff;

    @Autowired
    SupportMailIn mailIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Ticket open(Fixtures.UserAndAccount owner, String subject) {
        return tickets.open(
                owner.account().id(),
                new NewTicket(tickets.departments().get(0).id(), subject, Importance.REGULAR, null, "First message"),
                owner.userId());
    }

    String token(Ticket ticket) {
        return jdbc.sql("select reply_token from support_ticket where id = ?")
                .param(ticket.id())
                .query(String.class)
                .single();
    }

    static String replyAddress(String token) {
        return "support+" + token + "@foyer.test";
    }

    static String mail(String messageId, String from, String to, String subject, String... headersThenBody) {
        StringBuilder mail = new StringBuilder();
        if (messageId != null) {
            mail.append("Message-ID: <").append(messageId).append(">\n");
        }
        mail.append("From: ").append(from).append('\n');
        mail.append("To: ").append(to).append('\n');
        mail.append("Subject: ").append(subject).append('\n');
        mail.append("Date: Sun, 22 Nov 2026 11:00:00 +0100\n");
        mail.append("MIME-Version: 1.0\n");
        boolean body = false;
        for (String line : headersThenBody) {
            if (line.isEmpty() && !body) {
                body = true;
            }
            mail.append(line).append('\n');
        }
        if (!body) {
            mail.append("Content-Type: text/plain; charset=UTF-8\n\n");
        }
        return mail.toString();
    }

    static String reply(String messageId, String from, Ticket ticket, String token, String text) {
        return mail(
                messageId,
                from,
                replyAddress(token),
                "Re: [Ticket " + ticket.number() + "] " + ticket.subject(),
                "Content-Type: text/plain; charset=UTF-8",
                "",
                text);
    }

    List<TicketMessage> thread(Ticket ticket) {
        return staff.thread(ticket.id());
    }

    HeldMail held(String subjectPart) {
        return mailIn.held().stream()
                .filter(h -> h.subject() != null && h.subject().contains(subjectPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no held mail about " + subjectPart));
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "@customer.test";
    }

    @Test
    void staffRepliesAreMailedWithTheTicketsReplyAddressAndFoyersOwnHeader() throws Exception {
        var owner = fixtures.owner("mail-out");
        Ticket ticket = open(owner, "Mail out " + owner.userId());
        staff.reply(ticket.id(), "We are on it.", AGENT);

        MimeMessage sent = MailServers.awaitMailTo(owner.email());
        assertThat(sent.getSubject()).isEqualTo("[Ticket " + ticket.number() + "] " + ticket.subject());
        assertThat(sent.getReplyTo())
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(replyAddress(token(ticket)));
        assertThat(sent.getHeader("X-Foyer-Ticket")).containsExactly(ticket.number());
        assertThat(String.valueOf(sent.getContent()))
                .contains("We are on it.", "You can also answer this mail: your reply is added to the ticket.");
        assertThat(token(ticket)).matches("[0-9a-f]{32}").isNotEqualTo(token(open(owner, "Another")));
    }

    @Test
    void aReplyByMailLandsInTheThreadWithoutTheQuoteReopensTheTicketAndIsUnreadForNobodyButStaff() {
        var owner = fixtures.owner("mail-in");
        Ticket ticket = open(owner, "Mail in " + owner.userId());
        staff.reply(ticket.id(), "Please try again.", AGENT);
        staff.close(ticket.id(), AGENT);
        events.clear();

        MailServers.deliverToSupport(
                reply(
                        "reply-" + ticket.number() + "@customer.test",
                        "\"Owner\" <" + owner.email().toUpperCase() + ">",
                        ticket,
                        token(ticket),
                        """
                It works again, thank you.

                On Sun, 22 Nov 2026 at 10:00, Foyer <no-reply@foyer.test> wrote:
                > Please try again.
                >
                > Read and answer the ticket here:"""));
        MailInPoll poll = mailIn.poll();

        assertThat(poll.added()).isGreaterThanOrEqualTo(1);
        List<TicketMessage> thread = thread(ticket);
        assertThat(thread).hasSize(3);
        TicketMessage reply = thread.get(2);
        assertThat(reply.body()).isEqualTo("It works again, thank you.");
        assertThat(reply.authorKind()).isEqualTo(Author.Kind.CUSTOMER);
        assertThat(reply.authorName()).isEqualTo("Owner mail-in");
        assertThat(reply.byMail()).isTrue();
        assertThat(thread.get(1).byMail()).isFalse();
        Ticket reopened = staff.find(ticket.id()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
        // New for staff: the customer wrote last.
        assertThat(reopened.awaitingStaff()).isTrue();
        assertThat(staffConsole().get("/console/support/" + ticket.id()).body()).contains(">by email</span>");
        assertThat(events.stream(TicketReplied.class))
                .containsExactly(
                        new TicketReplied(owner.account().id(), ticket.id(), ticket.number(), Author.Kind.CUSTOMER));
        WebClient customer = new WebClient(port);
        customer.login(owner.email(), Fixtures.PASSWORD);
        assertThat(customer.get("/accounts/" + owner.account().id() + "/support/" + ticket.id())
                        .body())
                .contains("You can also answer our emails about this ticket")
                .contains(">by email</span>");
        // Recorded, so removed from the mailbox.
        assertThat(mailboxSubjects()).noneMatch(subject -> subject.contains(ticket.number()));
    }

    @Test
    void theSameMailDeliveredTwiceIsAddedOnceAlsoWithoutAMessageId() {
        var owner = fixtures.owner("mail-twice");
        Ticket ticket = open(owner, "Twice " + owner.userId());
        String withId = reply(
                "twice-" + ticket.number() + "@customer.test", owner.email(), ticket, token(ticket), "Once only.");
        String withoutId = reply(null, owner.email(), ticket, token(ticket), "Without an id.");

        MailServers.deliverToSupport(withId);
        MailServers.deliverToSupport(withId);
        MailServers.deliverToSupport(withoutId);
        mailIn.poll();
        MailServers.deliverToSupport(withId);
        MailServers.deliverToSupport(withoutId);
        MailInPoll again = mailIn.poll();

        assertThat(again.duplicates()).isGreaterThanOrEqualTo(2);
        assertThat(thread(ticket))
                .extracting(TicketMessage::body)
                .containsExactly("First message", "Once only.", "Without an id.");
    }

    @Test
    void autoRepliesAndFoyersOwnMailsAreIgnored() {
        var owner = fixtures.owner("mail-auto");
        Ticket ticket = open(owner, "Auto " + owner.userId());
        String subject = "Re: [Ticket " + ticket.number() + "] " + ticket.subject();
        String to = replyAddress(token(ticket));
        MailServers.deliverToSupport(mail(
                "auto-1-" + ticket.number() + "@x",
                owner.email(),
                to,
                subject,
                "Auto-Submitted: auto-replied",
                "",
                "I am away."));
        MailServers.deliverToSupport(
                mail("auto-2-" + ticket.number() + "@x", owner.email(), to, subject, "Precedence: bulk", "", "Bulk."));
        MailServers.deliverToSupport(
                mail("auto-3-" + ticket.number() + "@x", owner.email(), to, subject, "X-Autoreply: yes", "", "Away."));
        MailServers.deliverToSupport(
                mail("auto-4-" + ticket.number() + "@x", "Foyer <no-reply@foyer.test>", to, subject, "", "Our own."));
        MailServers.deliverToSupport(mail(
                "auto-5-" + ticket.number() + "@x",
                owner.email(),
                to,
                subject,
                "X-Foyer-Ticket: " + ticket.number(),
                "",
                "Looped back."));
        MailServers.deliverToSupport(mail(
                "auto-6-" + ticket.number() + "@x",
                owner.email(),
                to,
                subject,
                "Auto-Submitted: no",
                "",
                "Written by a person."));

        mailIn.poll();

        assertThat(thread(ticket))
                .extracting(TicketMessage::body)
                .containsExactly("First message", "Written by a person.");
        assertThat(mailIn.held()).noneMatch(h -> h.subject().contains(ticket.number()));
        assertThat(jdbc.sql("select count(*) from support_mail_in where status = 'IGNORED' and subject like ?")
                        .param("%" + ticket.number() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void aMailFromSomeoneWithoutTheSupportPermissionIsHeldUntilStaffAssignIt() {
        var owner = fixtures.owner("mail-stranger");
        var billingOnly = fixtures.member(owner.account(), "mail-billing", Set.of(Permission.BILLING));
        var supporter = fixtures.member(owner.account(), "mail-supporter", Set.of(Permission.SUPPORT));
        Ticket ticket = open(owner, "Stranger " + owner.userId());
        String stranger = unique("stranger");
        MailServers.deliverToSupport(reply(
                "stranger-" + ticket.number() + "@x", "Eve <" + stranger + ">", ticket, token(ticket), "Let me in."));
        MailServers.deliverToSupport(reply(
                "billing-" + ticket.number() + "@x", billingOnly.email(), ticket, token(ticket), "Billing here."));
        MailServers.deliverToSupport(reply(
                "supporter-" + ticket.number() + "@x",
                supporter.email(),
                ticket,
                token(ticket),
                "Support member here."));

        mailIn.poll();

        assertThat(thread(ticket))
                .extracting(TicketMessage::body)
                .containsExactly("First message", "Support member here.");
        List<HeldMail> held = mailIn.held().stream()
                .filter(h -> h.subject().contains(ticket.number()))
                .toList();
        assertThat(held).hasSize(2).allSatisfy(h -> {
            assertThat(h.reason()).isEqualTo("support.mailin.reason.notMember");
            assertThat(h.ticketNumber()).isEqualTo(ticket.number());
            assertThat(h.assignable()).isTrue();
        });
        HeldMail eve = held.stream()
                .filter(h -> h.sender().contains(stranger))
                .findFirst()
                .orElseThrow();
        assertThat(eve.text()).isEqualTo("Let me in.");

        // Staff review it in the console and add it to the ticket.
        WebClient console = staffConsole();
        String inbox = console.get("/console/support").body();
        assertThat(inbox)
                .contains("Mails held for review", "Let me in.", stranger)
                .containsPattern("\\d+ mails are held for review\\.")
                .contains("The sender is not a member of the ticket&#39;s account with the support permission.");
        assertThat(console.get("/console/support/held/" + eve.id() + "/original")
                        .body())
                .contains("Let me in.");
        var assigned =
                console.postForm("/console/support/held/" + eve.id() + "/assign", "ticketNumber", ticket.number());
        assertThat(console.get(assigned.redirect()).body()).contains("The mail was added to the ticket.");
        assertThat(thread(ticket)).extracting(TicketMessage::body).endsWith("Let me in.");
        assertThat(thread(ticket).get(2).authorName()).isEqualTo("Eve");
        assertThat(mailIn.findHeld(eve.id())).isEmpty();
        assertThatThrownBy(() -> mailIn.assign(eve.id(), ticket.number(), AGENT))
                .isInstanceOf(TicketRefused.class)
                .hasMessage("support.mailin.error.notHeld");

        HeldMail other =
                held.stream().filter(h -> h.id() != eve.id()).findFirst().orElseThrow();
        var wrong = console.postForm("/console/support/held/" + other.id() + "/assign", "ticketNumber", "1999-000000");
        assertThat(console.get(wrong.redirect()).body()).contains("There is no ticket with this number.");
        var discarded = console.postForm("/console/support/held/" + other.id() + "/discard");
        assertThat(console.get(discarded.redirect()).body()).contains("The mail was discarded.");
        assertThat(mailIn.findHeld(other.id())).isEmpty();
        assertThat(mailIn.original(other.id())).isEmpty();
        assertThat(mailIn.original(eve.id())).isEmpty();
        assertThat(thread(ticket)).hasSize(3);
    }

    @Test
    void aForgedTicketNumberOrAMissingTokenIsNeverAddedToThatTicket() {
        var owner = fixtures.owner("mail-forged");
        var victim = fixtures.owner("mail-victim");
        Ticket mine = open(owner, "Mine " + owner.userId());
        Ticket theirs = open(victim, "Theirs " + victim.userId());
        // The owner's own token, but the victim's ticket number in the subject.
        MailServers.deliverToSupport(mail(
                "forged-" + theirs.number() + "@x",
                owner.email(),
                replyAddress(token(mine)),
                "Re: [Ticket " + theirs.number() + "] forged",
                "",
                "Forged."));
        // The victim's own address but no token at all.
        MailServers.deliverToSupport(mail(
                "notoken-" + theirs.number() + "@x",
                victim.email(),
                "support@foyer.test",
                "Re: [Ticket " + theirs.number() + "] no token",
                "",
                "No token."));
        MailServers.deliverToSupport(mail(
                "nonumber-" + theirs.number() + "@x",
                victim.email(),
                replyAddress(token(theirs)),
                "A question " + theirs.number(),
                "",
                "No number in brackets."));

        mailIn.poll();

        assertThat(thread(theirs)).extracting(TicketMessage::body).containsExactly("First message");
        assertThat(thread(mine)).extracting(TicketMessage::body).containsExactly("First message");
        HeldMail forged = held("] forged");
        assertThat(forged.reason()).isEqualTo("support.mailin.reason.token");
        // The number named is shown, but not offered for assigning.
        assertThat(forged.detail()).isEqualTo(theirs.number());
        assertThat(forged.ticketNumber()).isNull();
        assertThat(held("] no token").reason()).isEqualTo("support.mailin.reason.token");
        assertThat(held("A question " + theirs.number()).reason()).isEqualTo("support.mailin.reason.noNumber");
    }

    @Test
    void brokenMimeAndHugeMailsAreHeldWithTheReasonAndNothingIsLost() throws Exception {
        var owner = fixtures.owner("mail-broken");
        Ticket ticket = open(owner, "Broken " + owner.userId());
        String to = replyAddress(token(ticket));
        String subject = "Re: [Ticket " + ticket.number() + "] ";
        MailServers.deliverToSupport(mail(
                "broken-" + ticket.number() + "@x",
                owner.email(),
                to,
                subject + "broken",
                "Content-Type: multipart/mixed; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "Here is the log.",
                "--b1",
                "Content-Type: text/plain; name=\"log.txt\"",
                "Content-Disposition: attachment; filename=\"log.txt\"",
                "Content-Transfer-Encoding: base64",
                "",
                "!!!! this is not base64 ####",
                "--b1--"));
        String huge = "x".repeat(78) + "\n";
        MailServers.deliverToSupport(mail(
                "huge-" + ticket.number() + "@x",
                owner.email(),
                to,
                subject + "huge",
                "",
                huge.repeat(MailServers.MAX_SIZE / huge.length() + 10)));

        mailIn.poll();
        mailIn.poll();

        assertThat(thread(ticket)).extracting(TicketMessage::body).containsExactly("First message");
        HeldMail broken = held(subject + "broken");
        assertThat(broken.reason()).isEqualTo("support.mailin.reason.brokenMime");
        assertThat(broken.detail()).isNotBlank();
        assertThat(broken.hasOriginal()).isTrue();
        assertThat(broken.assignable()).isFalse();
        assertThat(new String(mailIn.original(broken.id()).orElseThrow())).contains("this is not base64");
        HeldMail tooLarge = held(subject + "huge");
        assertThat(tooLarge.reason()).isEqualTo("support.mailin.reason.tooLarge");
        assertThat(tooLarge.size()).isGreaterThan(MailServers.MAX_SIZE);
        assertThat(tooLarge.hasOriginal()).isFalse();
        // The large mail stays in the mailbox (read twice, held once); the broken one is kept by Foyer.
        assertThat(mailboxSubjects()).contains(subject + "huge").doesNotContain(subject + "broken");
        assertThat(mailIn.held().stream().filter(h -> h.subject().startsWith(subject)))
                .hasSize(2);
    }

    @Test
    void attachmentsGoThroughThePolicyAndRefusedOnesAreLeftOutWithANote() {
        var owner = fixtures.owner("mail-files");
        Ticket ticket = open(owner, "Files " + owner.userId());
        MailServers.deliverToSupport(mail(
                "files-" + ticket.number() + "@x",
                owner.email(),
                replyAddress(token(ticket)),
                "Re: [Ticket " + ticket.number() + "] files",
                "Content-Type: multipart/mixed; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/html; charset=UTF-8",
                "",
                "<p>See the <b>log</b> &amp; the tool.</p><blockquote>old quoted text</blockquote>",
                "--b1",
                "Content-Type: text/plain; name=\"error.log\"",
                "Content-Disposition: attachment; filename=\"error.log\"",
                "Content-Transfer-Encoding: base64",
                "",
                Base64.getEncoder().encodeToString("PHP Fatal error".getBytes()),
                "--b1",
                "Content-Type: application/octet-stream; name=\"tool.exe\"",
                "Content-Disposition: attachment; filename=\"tool.exe\"",
                "Content-Transfer-Encoding: base64",
                "",
                Base64.getEncoder().encodeToString("MZ".getBytes()),
                "--b1--"));

        mailIn.poll();

        TicketMessage reply = thread(ticket).get(1);
        assertThat(reply.body())
                .startsWith("See the log & the tool.")
                .doesNotContain("old quoted text")
                .contains("[Attachment tool.exe was not taken over: Files of this type cannot be attached.]");
        assertThat(reply.attachments()).extracting(Attachment::fileName).containsExactly("error.log");
    }

    @Test
    void supportStaffWithoutTheConsoleRoleCannotReviewHeldMails() {
        WebClient billing = new WebClient(port);
        billing.postForm("/console/login", "email", fixtures.staff(StaffRole.BILLING), "password", Fixtures.PASSWORD);
        assertThat(billing.postForm("/console/support/held/1/discard").status()).isEqualTo(403);
        assertThat(billing.get("/console/support/held/1/original").status()).isEqualTo(403);
        assertThat(staffConsole().get("/console/support/held/99999999/original").status())
                .isEqualTo(404);
    }

    WebClient staffConsole() {
        WebClient web = new WebClient(port);
        assertThat(web.postForm(
                                "/console/login",
                                "email",
                                fixtures.staff(StaffRole.SUPPORT),
                                "password",
                                Fixtures.PASSWORD)
                        .redirect())
                .endsWith("/console");
        return web;
    }

    static List<String> mailboxSubjects() {
        return MailServers.subjectsIn("INBOX");
    }
}
