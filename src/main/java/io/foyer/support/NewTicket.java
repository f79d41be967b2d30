package io.foyer.support;

/**
 * What a customer files: department, subject, importance, an optional service of the account
 * ({@code serviceId} null for none) and the first message.
 */
public record NewTicket(long departmentId, String subject, Importance importance, Long serviceId, String message) {}
