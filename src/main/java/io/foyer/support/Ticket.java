package io.foyer.support;

import java.time.Instant;

/**
 * A ticket as lists show it.
 *
 * @param serviceId the service it is about, or null
 * @param orderId the order it is about, or null
 * @param assignedStaffId the staff member handling it, or null
 * @param unread whether a staff reply is newer than what the asking user has seen (false for staff lists)
 * @param awaitingStaff whether the customer wrote last (in the panel, the API or by email): new for staff
 */
public record Ticket(
        long id,
        long accountId,
        String number,
        long departmentId,
        String departmentName,
        String subject,
        Importance importance,
        Long serviceId,
        Long orderId,
        TicketStatus status,
        Long assignedStaffId,
        Instant createdAt,
        Instant updatedAt,
        boolean unread,
        boolean awaitingStaff) {}
