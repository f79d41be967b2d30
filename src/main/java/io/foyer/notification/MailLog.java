package io.foyer.notification;

import java.util.List;
import java.util.Optional;

/** Read access to the outgoing-mail log (staff console). */
public interface MailLog {
    List<OutgoingMail> latest(String recipientFilter, int limit);

    Optional<OutgoingMail> find(long id);
}
