package io.foyer.notification;

/** Queues mails; they are delivered only if the caller's transaction commits. */
public interface Mailer {
    /** Renders and records the mail, returning the id of its entry in the outgoing-mail log. */
    long queue(Mail mail);

    /** The same for many mails, recorded in one statement (the billing run's mails). */
    void queueAll(java.util.List<Mail> mails);
}
