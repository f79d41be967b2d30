package io.foyer.support;

import java.util.List;
import java.util.Optional;

/** The staff side: the inbox of all accounts, replies (mailed to the customer), internal notes. */
public interface StaffSupport {

    /** Tickets of a department (null: all) and status (null: all), newest activity first. */
    List<Ticket> inbox(Long departmentId, TicketStatus status);

    Optional<Ticket> find(long ticketId);

    /** The full thread, internal notes included, oldest first. */
    List<TicketMessage> thread(long ticketId);

    /** Replies to the customer and mails a copy to the account's technical address. */
    void reply(long ticketId, String message, Author staff);

    /** A note only staff see. */
    void note(long ticketId, String message, Author staff);

    void assign(long ticketId, Long staffId);

    void change(long ticketId, long departmentId, Importance importance);

    void close(long ticketId, Author staff);

    Department addDepartment(String name);

    Optional<Attachment> attachment(long ticketId, long attachmentId);

    List<Department> departments();
}
