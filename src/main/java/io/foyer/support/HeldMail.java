package io.foyer.support;

import java.time.Instant;

/**
 * A mail of the support mailbox held for staff review.
 *
 * @param reason why it was held: a key of the {@code support} bundle
 * @param detail more about the reason (a refused file, the MIME error), or null
 * @param ticketNumber the ticket the subject names, if it names one
 * @param text the text Foyer read from it (quotes taken off), or null when it could not be read
 * @param hasOriginal whether the mail as it arrived can be downloaded
 * @param assignable whether it can be added to a ticket (its text could be read)
 */
public record HeldMail(
        long id,
        String sender,
        String subject,
        Instant receivedAt,
        int size,
        String reason,
        String detail,
        String ticketNumber,
        String text,
        boolean hasOriginal,
        boolean assignable) {}
