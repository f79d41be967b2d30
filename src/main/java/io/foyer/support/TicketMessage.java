package io.foyer.support;

import java.time.Instant;
import java.util.List;

/** One message of a thread; {@code internal} notes are for staff only; {@code byMail} replies came by email. */
public record TicketMessage(
        long id,
        Author.Kind authorKind,
        String authorName,
        boolean internal,
        String body,
        Instant createdAt,
        List<Attachment> attachments,
        boolean byMail) {}
