package io.foyer.support;

/**
 * What a customer files: department, subject, importance, an optional service and an optional order
 * of the account ({@code serviceId} and {@code orderId} null for none) and the first message.
 */
public record NewTicket(
        long departmentId, String subject, Importance importance, Long serviceId, Long orderId, String message) {

    public NewTicket(long departmentId, String subject, Importance importance, Long serviceId, String message) {
        this(departmentId, subject, importance, serviceId, null, message);
    }
}
