package io.foyer.support;

import java.util.List;
import java.util.Optional;

/**
 * Tickets as a customer (and the API) sees them; {@code userId} is the acting member, shown by the name
 * they have as a member. Scoped to one account; internal notes never appear.
 */
public interface SupportTickets {

    List<Department> departments();

    /**
     * Opens a ticket with its first message.
     *
     * @throws TicketRefused for an unknown department, a blank subject or message, or a service of another account
     */
    default Ticket open(long accountId, NewTicket ticket, long userId) {
        return open(accountId, ticket, userId, List.of());
    }

    /**
     * Opens a ticket with attachments on its first message.
     *
     * @throws TicketRefused also for a file that is too large, of a type not allowed, or one too many
     */
    Ticket open(long accountId, NewTicket ticket, long userId, List<NewAttachment> attachments);

    /** The account's tickets, newest activity first, with the unread flag for the user. */
    List<Ticket> ofAccount(long accountId, long userId);

    Optional<Ticket> find(long accountId, long ticketId, long userId);

    /** The thread without internal notes, oldest first; marks it seen by the user. */
    List<TicketMessage> thread(long accountId, long ticketId, long userId);

    /** The thread as {@link #thread} shows it, without marking it seen (staff viewing as the customer). */
    List<TicketMessage> peek(long accountId, long ticketId);

    /** A customer reply; reopens a closed ticket. */
    default void reply(long accountId, long ticketId, String message, long userId) {
        reply(accountId, ticketId, message, userId, List.of());
    }

    void reply(long accountId, long ticketId, String message, long userId, List<NewAttachment> attachments);

    /** An attachment of a ticket of the account, with its content (none of internal notes: they have none). */
    Optional<Attachment> attachment(long accountId, long ticketId, long attachmentId);

    void close(long accountId, long ticketId, long userId);

    /** Tickets of the account with a staff reply the user has not seen. */
    int unreadCount(long accountId, long userId);

    boolean exists(long accountId, long ticketId);

    AttachmentRules attachmentRules();
}
