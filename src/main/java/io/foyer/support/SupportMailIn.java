package io.foyer.support;

import java.util.List;
import java.util.Optional;

/**
 * Replies by email: the support mailbox is read on a schedule (one node at a time), and each mail
 * is added to its ticket, ignored (automatic mails, loops) or held for staff, exactly once.
 */
public interface SupportMailIn {

    /** Whether a support mailbox is configured, so answers to staff reply mails reach the thread. */
    boolean active();

    /** Reads the mailbox now (also what the schedule does); answers what happened to the mails read. */
    MailInPoll poll();

    /** Mails waiting for staff, oldest first. */
    List<HeldMail> held();

    Optional<HeldMail> findHeld(long heldId);

    /** The held mail as it arrived (RFC 822), when Foyer kept it (not for mails too large to read). */
    Optional<byte[]> original(long heldId);

    /**
     * Adds a held mail to a ticket as a customer message.
     *
     * @throws TicketRefused for an unknown ticket number, a mail whose text cannot be read, or one no longer held
     */
    void assign(long heldId, String ticketNumber, Author staff);

    /** Drops a held mail; it stays in the record as discarded. */
    void discard(long heldId, Author staff);
}
