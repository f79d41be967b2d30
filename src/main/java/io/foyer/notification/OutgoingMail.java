package io.foyer.notification;

import java.time.Instant;

/** An entry of the outgoing-mail log as staff see it. */
public record OutgoingMail(
        long id,
        String recipient,
        String subject,
        String body,
        String category,
        String status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
