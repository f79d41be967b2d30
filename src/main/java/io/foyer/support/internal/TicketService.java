package io.foyer.support.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Member;
import io.foyer.notification.Mail;
import io.foyer.notification.MailCategory;
import io.foyer.notification.Mailer;
import io.foyer.ordering.Orders;
import io.foyer.subscription.Services;
import io.foyer.support.Attachment;
import io.foyer.support.AttachmentRules;
import io.foyer.support.Author;
import io.foyer.support.Department;
import io.foyer.support.Importance;
import io.foyer.support.NewAttachment;
import io.foyer.support.NewTicket;
import io.foyer.support.StaffSupport;
import io.foyer.support.SupportTickets;
import io.foyer.support.Ticket;
import io.foyer.support.TicketClosed;
import io.foyer.support.TicketMessage;
import io.foyer.support.TicketOpened;
import io.foyer.support.TicketRefused;
import io.foyer.support.TicketReplied;
import io.foyer.support.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Both sides of support: every change is one transaction that checks its input before writing. */
@Service
@Transactional
class TicketService implements SupportTickets, StaffSupport {

    static final int MAX_MESSAGE = 20_000;
    static final int MAX_SUBJECT = 200;

    private final TicketRecords records;
    private final Services services;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final AttachmentPolicy attachmentPolicy;
    private final Orders orders;
    private final MailInSettings mailIn;

    TicketService(
            TicketRecords records,
            Services services,
            Accounts accounts,
            Mailer mailer,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${foyer.base-url}") String baseUrl,
            AttachmentPolicy attachmentPolicy,
            Orders orders,
            MailInSettings mailIn) {
        this.records = records;
        this.services = services;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.attachmentPolicy = attachmentPolicy;
        this.orders = orders;
        this.mailIn = mailIn;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Department> departments() {
        return records.departments();
    }

    @Override
    public Ticket open(long accountId, NewTicket ticket, long userId, List<NewAttachment> attachments) {
        Author author = customer(accountId, userId);
        if (!records.departmentExists(ticket.departmentId())) {
            throw new TicketRefused("departmentId", "support.error.department");
        }
        String subject = ticket.subject() == null ? "" : ticket.subject().strip();
        if (subject.isEmpty()) {
            throw new TicketRefused("subject", "support.error.subjectBlank");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new TicketRefused("subject", "support.error.subjectLong");
        }
        if (ticket.importance() == null) {
            throw new TicketRefused("importance", "support.error.importance");
        }
        if (ticket.serviceId() != null
                && services.find(accountId, ticket.serviceId()).isEmpty()) {
            throw new TicketRefused("serviceId", "support.error.service");
        }
        if (ticket.orderId() != null && !orders.belongsTo(accountId, ticket.orderId())) {
            throw new TicketRefused("orderId", "support.error.order");
        }
        String body = message(ticket.message());
        List<String> types = attachmentPolicy.check(attachments);
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String number = "%d-%06d".formatted(year, records.nextNumber(year));
        long id = records.insert(
                accountId,
                number,
                ticket.departmentId(),
                subject,
                ticket.importance(),
                ticket.serviceId(),
                ticket.orderId(),
                now);
        long messageId = records.addMessage(id, author, false, body, now);
        store(id, messageId, attachments, types, now);
        records.markSeen(id, author.id());
        events.publishEvent(new TicketOpened(accountId, id, number));
        return records.find(accountId, id, author.id()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> ofAccount(long accountId, long userId) {
        return records.ofAccount(accountId, userId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ticket> find(long accountId, long ticketId, long userId) {
        return records.find(accountId, ticketId, userId);
    }

    @Override
    public List<TicketMessage> thread(long accountId, long ticketId, long userId) {
        if (!records.exists(accountId, ticketId)) {
            return List.of();
        }
        records.markSeen(ticketId, userId);
        return records.thread(ticketId, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketMessage> peek(long accountId, long ticketId) {
        return records.exists(accountId, ticketId) ? records.thread(ticketId, false) : List.of();
    }

    @Override
    public void reply(long accountId, long ticketId, String message, long userId, List<NewAttachment> attachments) {
        Author author = customer(accountId, userId);
        Ticket ticket = records.find(accountId, ticketId, author.id()).orElseThrow(TicketNotFound::new);
        String body = message(message);
        List<String> types = attachmentPolicy.check(attachments);
        Instant now = clock.instant();
        long messageId = records.addMessage(ticket.id(), author, false, body, now);
        store(ticket.id(), messageId, attachments, types, now);
        records.markSeen(ticket.id(), author.id());
        records.touch(ticket.id(), TicketStatus.OPEN, now);
        events.publishEvent(new TicketReplied(accountId, ticket.id(), ticket.number(), Author.Kind.CUSTOMER));
    }

    /**
     * A customer reply that came by email, as a reply in the panel: reopens the ticket and publishes
     * {@link TicketReplied}. Files the policy refuses are left out with a note below the text, in the
     * account's language; {@code userId} is the member who wrote it, or null (a mail staff assigned).
     *
     * @return the new message's id
     */
    long addFromMail(Ticket ticket, String authorName, Long userId, String text, List<NewAttachment> files) {
        String body = message(text);
        Locale locale = accounts.details(ticket.accountId())
                .map(a -> Locale.forLanguageTag(a.language() == null ? "en" : a.language()))
                .orElse(Locale.ENGLISH);
        List<NewAttachment> kept = new ArrayList<>();
        List<String> types = new ArrayList<>();
        StringBuilder notes = new StringBuilder();
        for (NewAttachment file : files) {
            String refusal;
            try {
                if (kept.size() >= attachmentPolicy.rules().maxFiles()) {
                    throw new TicketRefused("attachments", "support.error.tooManyFiles");
                }
                types.add(attachmentPolicy.check(List.of(file)).get(0));
                kept.add(file);
                continue;
            } catch (TicketRefused refused) {
                refusal = messages.getMessage(refused.messageKey(), null, locale);
            }
            notes.append("\n\n[")
                    .append(messages.getMessage(
                            "support.mailin.fileLeftOut",
                            new Object[] {AttachmentPolicy.safeName(file.fileName()), refusal},
                            locale))
                    .append(']');
        }
        body = message(body + notes);
        Author author = Author.customer(userId == null ? 0 : userId, authorName);
        Instant now = clock.instant();
        long messageId = records.addMessage(ticket.id(), author, false, body, true, now);
        store(ticket.id(), messageId, kept, types, now);
        if (userId != null) {
            records.markSeen(ticket.id(), userId);
        }
        records.touch(ticket.id(), TicketStatus.OPEN, now);
        events.publishEvent(new TicketReplied(ticket.accountId(), ticket.id(), ticket.number(), Author.Kind.CUSTOMER));
        return messageId;
    }

    /** The name a member is shown with in threads, if the user is a member of the account. */
    private Optional<String> memberName(long accountId, long userId) {
        return accounts.members(accountId).stream()
                .filter(m -> m.userId() == userId)
                .map(Member::displayName)
                .findFirst();
    }

    @Override
    public void close(long accountId, long ticketId, long userId) {
        Author author = customer(accountId, userId);
        Ticket ticket = records.find(accountId, ticketId, author.id()).orElseThrow(TicketNotFound::new);
        closeTicket(ticket, author);
    }

    @Override
    @Transactional(readOnly = true)
    public int unreadCount(long accountId, long userId) {
        return (int) records.ofAccount(accountId, userId).stream()
                .filter(Ticket::unread)
                .count();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(long accountId, long ticketId) {
        return records.exists(accountId, ticketId);
    }

    @Override
    public AttachmentRules attachmentRules() {
        return attachmentPolicy.rules();
    }

    // Staff side

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> inbox(Long departmentId, TicketStatus status) {
        return records.inbox(departmentId, status);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ticket> find(long ticketId) {
        return records.find(ticketId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketMessage> thread(long ticketId) {
        return records.thread(ticketId, true);
    }

    @Override
    public void reply(long ticketId, String message, Author staff) {
        Ticket ticket = records.find(ticketId).orElseThrow(TicketNotFound::new);
        String body = message(message);
        Instant now = clock.instant();
        records.addMessage(ticketId, staff, false, body, now);
        records.touch(ticketId, ticket.status(), now);
        mailCopy(ticket, body);
        events.publishEvent(new TicketReplied(ticket.accountId(), ticketId, ticket.number(), Author.Kind.STAFF));
    }

    @Override
    public void note(long ticketId, String message, Author staff) {
        records.find(ticketId).orElseThrow(TicketNotFound::new);
        records.addMessage(ticketId, staff, true, message(message), clock.instant());
    }

    @Override
    public void assign(long ticketId, Long staffId) {
        records.find(ticketId).orElseThrow(TicketNotFound::new);
        records.assign(ticketId, staffId);
    }

    @Override
    public void change(long ticketId, long departmentId, Importance importance) {
        records.find(ticketId).orElseThrow(TicketNotFound::new);
        if (!records.departmentExists(departmentId)) {
            throw new TicketRefused("departmentId", "support.error.department");
        }
        if (importance == null) {
            throw new TicketRefused("importance", "support.error.importance");
        }
        records.change(ticketId, departmentId, importance);
    }

    @Override
    public void close(long ticketId, Author staff) {
        closeTicket(records.find(ticketId).orElseThrow(TicketNotFound::new), staff);
    }

    @Override
    public Department addDepartment(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new TicketRefused("name", "support.error.departmentName");
        }
        Department added = records.addDepartment(trimmed, clock.instant());
        if (added.id() < 0) {
            throw new TicketRefused("name", "support.error.departmentTaken");
        }
        return added;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(long accountId, long ticketId, long attachmentId) {
        return records.attachment(accountId, ticketId, attachmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(long ticketId, long attachmentId) {
        return records.attachment(null, ticketId, attachmentId);
    }

    private void store(long ticketId, long messageId, List<NewAttachment> files, List<String> types, Instant now) {
        for (int i = 0; i < files.size(); i++) {
            records.addAttachment(
                    ticketId,
                    messageId,
                    AttachmentPolicy.safeName(files.get(i).fileName()),
                    types.get(i),
                    files.get(i).content(),
                    now);
        }
    }

    private void closeTicket(Ticket ticket, Author author) {
        if (ticket.status() == TicketStatus.CLOSED) {
            return;
        }
        records.touch(ticket.id(), TicketStatus.CLOSED, clock.instant());
        events.publishEvent(new TicketClosed(ticket.accountId(), ticket.id(), ticket.number(), author.kind()));
    }

    private Author customer(long accountId, long userId) {
        return Author.customer(userId, memberName(accountId, userId).orElse(""));
    }

    private static String message(String message) {
        String body = message == null ? "" : message.strip();
        if (body.isEmpty()) {
            throw new TicketRefused("message", "support.error.messageBlank");
        }
        if (body.length() > MAX_MESSAGE) {
            throw new TicketRefused("message", "support.error.messageLong");
        }
        return body;
    }

    /** A copy of a staff reply to the technical address (the alternative one if set, else the account email). */
    private void mailCopy(Ticket ticket, String body) {
        AccountDetails account = accounts.details(ticket.accountId()).orElse(null);
        if (account == null) {
            return;
        }
        String recipient =
                account.technicalEmail() != null && !account.technicalEmail().isBlank()
                        ? account.technicalEmail()
                        : account.email();
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(account.language() == null ? "en" : account.language());
        String subject = messages.getMessage(
                "support.mail.reply.subject", new Object[] {ticket.number(), ticket.subject()}, locale);
        String replyTo = mailIn.enabled()
                ? records.replyToken(ticket.id())
                        .flatMap(mailIn::replyAddressFor)
                        .orElse(null)
                : null;
        mailer.queue(new Mail(
                recipient,
                "support-reply",
                locale,
                Map.of(
                        "number",
                        ticket.number(),
                        "body",
                        body,
                        "link",
                        baseUrl + "/accounts/" + ticket.accountId() + "/support/" + ticket.id(),
                        "replyByMail",
                        replyTo != null),
                MailCategory.TECHNICAL,
                null,
                subject,
                // Answers to this address come back into the thread (see MailIntake); the header marks
                // the mail as Foyer's own, so it is never read back as a reply.
                replyTo,
                Map.of("X-Foyer-Ticket", ticket.number())));
    }
}
