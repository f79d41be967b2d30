package io.foyer.support.internal;

import io.foyer.account.Accounts;
import io.foyer.account.Member;
import io.foyer.account.Permission;
import io.foyer.support.Author;
import io.foyer.support.HeldMail;
import io.foyer.support.MailInPoll;
import io.foyer.support.SupportMailIn;
import io.foyer.support.Ticket;
import io.foyer.support.TicketRefused;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides what becomes of each mail of the support mailbox, once per Message-ID, in one transaction
 * with its effect: a reply added to its ticket, an automatic mail or loop ignored, or the mail held
 * for staff with the reason. A reply is added only when the subject names the ticket, a recipient
 * address carries that ticket's token, and the sender is a member of the ticket's account with the
 * support permission.
 */
@Service
class MailIntake implements SupportMailIn {

    /** What became of a mail, and whether it leaves the mailbox. */
    enum Outcome {
        ADDED(true),
        HELD(true),
        IGNORED(true),
        DUPLICATE(true),
        /** Too large to read: held, and the mail stays in the mailbox. */
        HELD_IN_MAILBOX(false),
        DUPLICATE_IN_MAILBOX(false);

        final boolean leavesMailbox;

        Outcome(boolean leavesMailbox) {
            this.leavesMailbox = leavesMailbox;
        }
    }

    private final MailInSettings settings;
    private final MailInbox inbox;
    private final MailInRecords records;
    private final TicketRecords tickets;
    private final TicketService service;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String ownAddress;

    MailIntake(
            MailInSettings settings,
            MailInbox inbox,
            MailInRecords records,
            TicketRecords tickets,
            TicketService service,
            Accounts accounts,
            TransactionTemplate tx,
            Clock clock,
            @Value("${foyer.mail.from}") String from) {
        this.settings = settings;
        this.inbox = inbox;
        this.records = records;
        this.tickets = tickets;
        this.service = service;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
        this.ownAddress = address(from);
    }

    @Override
    public boolean active() {
        return settings.enabled() && settings.replyAddressFor("token").isPresent();
    }

    @Override
    public MailInPoll poll() {
        return settings.enabled() ? inbox.poll(settings, this) : MailInPoll.NONE;
    }

    /**
     * Takes one mail: {@code raw} is the whole mail, or only its header block when {@code tooLarge}.
     */
    Outcome take(byte[] raw, int size, boolean tooLarge) {
        IncomingMail mail = IncomingMail.parse(raw);
        String key = mail.key();
        if (tooLarge && key.startsWith("sha256:")) {
            // Only the header block was read: the size stands in for the body.
            key = "sha256-large:" + IncomingMail.sha256((key + "/" + size).getBytes(StandardCharsets.UTF_8));
        }
        Optional<Boolean> known = records.leftInMailbox(key);
        if (known.isPresent()) {
            return known.get() ? Outcome.DUPLICATE_IN_MAILBOX : Outcome.DUPLICATE;
        }
        String mailKey = key;
        try {
            return tx.execute(status -> decide(mail, mailKey, size, tooLarge));
        } catch (TicketRefused refused) {
            // The reply could not be added as it is (too long, say): held, with the reason.
            return tx.execute(status -> hold(mail, mailKey, size, null, refused.messageKey(), null, null));
        }
    }

    /** Records a mail that failed in an unexpected way as held, so it is not read again and again. */
    Outcome holdFailed(byte[] raw, int size, String because) {
        IncomingMail mail = IncomingMail.parse(raw);
        return tx.execute(status -> hold(mail, mail.key(), size, null, "support.mailin.reason.error", because, null));
    }

    private Outcome decide(IncomingMail mail, String key, int size, boolean tooLarge) {
        if (tooLarge) {
            // Not read, so nothing of it is kept but what identifies it; it stays in the mailbox.
            MailInRecords.Entry entry = entry(
                            mail,
                            key,
                            size,
                            "HELD",
                            "support.mailin.reason.tooLarge",
                            "%d KB".formatted(size / 1024),
                            null)
                    .withContent(null, null, true);
            return records.insert(entry, clock.instant()) ? Outcome.HELD_IN_MAILBOX : Outcome.DUPLICATE_IN_MAILBOX;
        }
        Optional<String> automatic = mail.automatic();
        if (automatic.isPresent()) {
            return ignore(mail, key, size, "support.mailin.reason.automatic", automatic.get());
        }
        Optional<String> sender = mail.sender();
        if (sender.isPresent()
                && (sender.get().equalsIgnoreCase(ownAddress) || settings.isReplyAddress(sender.get()))) {
            return ignore(mail, key, size, "support.mailin.reason.loop", sender.get());
        }
        IncomingMail.Content content = mail.content();
        if (content.broken()) {
            return hold(mail, key, size, null, "support.mailin.reason.brokenMime", content.brokenBecause(), null);
        }
        String text = QuotedText.strip(content.text());
        Optional<String> number = mail.ticketNumber();
        if (number.isEmpty()) {
            return hold(mail, key, size, null, "support.mailin.reason.noNumber", null, text);
        }
        Optional<Ticket> found = tickets.findByNumber(number.get());
        if (found.isEmpty()) {
            return hold(mail, key, size, null, "support.mailin.reason.unknownTicket", number.get(), text);
        }
        Ticket ticket = found.get();
        String token = tickets.replyToken(ticket.id()).orElseThrow();
        boolean tokenMatches = mail.recipients().stream()
                .map(settings::tokenOf)
                .flatMap(Optional::stream)
                .anyMatch(t -> MessageDigest.isEqual(
                        t.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)));
        if (!tokenMatches) {
            // The number may be forged: it is named in the detail, but not offered for assigning.
            return hold(mail, key, size, null, "support.mailin.reason.token", number.get(), text);
        }
        Optional<Member> member = sender.flatMap(s -> supportMember(ticket.accountId(), s));
        if (member.isEmpty()) {
            return hold(mail, key, size, ticket.id(), "support.mailin.reason.notMember", sender.orElse(null), text);
        }
        if (text.isBlank()) {
            return hold(mail, key, size, ticket.id(), "support.mailin.reason.empty", null, text);
        }
        if (!records.insert(entry(mail, key, size, "ADDED", null, null, ticket.id()), clock.instant())) {
            return Outcome.DUPLICATE;
        }
        long messageId = service.addFromMail(
                ticket, member.get().displayName(), member.get().userId(), text, content.attachments());
        records.setAddedMessage(key, messageId);
        return Outcome.ADDED;
    }

    private Outcome ignore(IncomingMail mail, String key, int size, String reason, String detail) {
        return records.insert(entry(mail, key, size, "IGNORED", reason, detail, null), clock.instant())
                ? Outcome.IGNORED
                : Outcome.DUPLICATE;
    }

    /** Holds the mail with the text read from it (null when none could be read) and the original. */
    private Outcome hold(
            IncomingMail mail, String key, int size, Long ticketId, String reason, String detail, String text) {
        MailInRecords.Entry entry =
                entry(mail, key, size, "HELD", reason, detail, ticketId).withContent(text, mail.raw(), false);
        return records.insert(entry, clock.instant()) ? Outcome.HELD : Outcome.DUPLICATE;
    }

    private static MailInRecords.Entry entry(
            IncomingMail mail, String key, int size, String status, String reason, String detail, Long ticketId) {
        return new MailInRecords.Entry(
                key,
                mail.senderDisplay(),
                mail.subject(),
                size,
                status,
                reason,
                detail,
                ticketId,
                null,
                null,
                null,
                false);
    }

    private Optional<Member> supportMember(long accountId, String email) {
        return accounts.members(accountId).stream()
                .filter(m -> m.email() != null && m.email().equalsIgnoreCase(email))
                .filter(m -> m.owner() || m.permissions().contains(Permission.SUPPORT))
                .findFirst();
    }

    // Staff review

    @Override
    public List<HeldMail> held() {
        return records.held();
    }

    @Override
    public Optional<HeldMail> findHeld(long heldId) {
        return records.findHeld(heldId);
    }

    @Override
    public Optional<byte[]> original(long heldId) {
        return records.original(heldId);
    }

    @Override
    public void assign(long heldId, String ticketNumber, Author staff) {
        tx.executeWithoutResult(status -> {
            records.findHeld(heldId).orElseThrow(() -> new TicketRefused(null, "support.mailin.error.notHeld"));
            Ticket ticket = tickets.findByNumber(ticketNumber == null ? "" : ticketNumber.strip())
                    .orElseThrow(() -> new TicketRefused("ticketNumber", "support.mailin.error.ticket"));
            IncomingMail mail = IncomingMail.parse(records.original(heldId)
                    .orElseThrow(() -> new TicketRefused(null, "support.mailin.error.unreadable")));
            IncomingMail.Content content = mail.content();
            if (content.broken()) {
                throw new TicketRefused(null, "support.mailin.error.unreadable");
            }
            String text = QuotedText.strip(content.text());
            if (text.isBlank()) {
                throw new TicketRefused(null, "support.mailin.error.empty");
            }
            Optional<Member> member = mail.sender().flatMap(s -> supportMember(ticket.accountId(), s));
            String author = member.map(Member::displayName)
                    .orElseGet(() -> mail.senderName().or(mail::sender).orElse("?"));
            long messageId = service.addFromMail(
                    ticket, author, member.map(Member::userId).orElse(null), text, content.attachments());
            if (!records.decide(heldId, "ASSIGNED", ticket.id(), messageId, staff.name(), clock.instant())) {
                throw new TicketRefused(null, "support.mailin.error.notHeld");
            }
        });
    }

    @Override
    public void discard(long heldId, Author staff) {
        if (!records.decide(heldId, "DISCARDED", null, null, staff.name(), clock.instant())) {
            throw new TicketRefused(null, "support.mailin.error.notHeld");
        }
    }

    private static String address(String from) {
        try {
            return new InternetAddress(from).getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
        }
    }
}
