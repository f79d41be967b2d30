package io.foyer.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.Importance;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MailInPoll;
import io.foyer.support.MailServers;
import io.foyer.support.NewTicket;
import io.foyer.support.StaffSupport;
import io.foyer.support.SupportTickets;
import io.foyer.support.Ticket;
import io.foyer.support.TicketMessage;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How the mailbox is read: the archive folder, and a mailbox that cannot be reached. */
@IntegrationTest
class MailInboxIntegrationTests {

    @Autowired
    MailInbox inbox;

    @Autowired
    MailIntake intake;

    @Autowired
    MailInSettings settings;

    @Autowired
    TicketRecords records;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SupportTickets tickets;

    @Autowired
    StaffSupport staff;

    MailInSettings with(int port, String archiveFolder) {
        return with(port, archiveFolder, settings.starttls());
    }

    MailInSettings with(int port, String archiveFolder, boolean starttls) {
        return new MailInSettings(
                settings.host(),
                port,
                settings.username(),
                settings.password(),
                settings.ssl(),
                starttls,
                settings.folder(),
                archiveFolder,
                settings.pollInterval(),
                settings.maxSize(),
                settings.replyAddress());
    }

    @Test
    void readMailsAreMovedToTheArchiveFolderWhenOneIsSet() {
        var owner = fixtures.owner("mail-archive");
        Ticket ticket = tickets.open(
                owner.account().id(),
                new NewTicket(tickets.departments().get(0).id(), "Archive", Importance.REGULAR, null, "First"),
                owner.userId());
        String subject = "Re: [Ticket " + ticket.number() + "] Archive";
        MailServers.deliverToSupport("Message-ID: <archive-" + ticket.number() + "@x>\nFrom: " + owner.email()
                + "\nTo: "
                + settings.replyAddressFor(records.replyToken(ticket.id()).orElseThrow())
                        .orElseThrow()
                + "\nSubject: " + subject + "\n\nArchived answer.\n");

        MailInPoll poll = inbox.poll(with(settings.port(), "Processed"), intake);

        assertThat(poll.added()).isPositive();
        assertThat(staff.thread(ticket.id()))
                .extracting(TicketMessage::body)
                .containsExactly("First", "Archived answer.");
        assertThat(MailServers.subjectsIn("Processed")).contains(subject);
        assertThat(MailServers.subjectsIn("INBOX")).doesNotContain(subject);
    }

    @Test
    void aMailboxThatCannotBeReachedEndsTheReadingQuietly() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(inbox.poll(with(closed, ""), intake)).isEqualTo(MailInPoll.NONE);
    }

    @Test
    void withStartTlsRequiredAServerWithoutATrustedTlsUpgradeIsNotLoggedInto() {
        // The test server offers no STARTTLS Foyer can trust: nothing is read, the login is never sent in plain.
        assertThat(inbox.poll(with(settings.port(), "", true), intake)).isEqualTo(MailInPoll.NONE);
    }
}
