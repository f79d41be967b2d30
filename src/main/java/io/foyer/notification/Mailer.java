package io.foyer.notification;

import java.util.List;

/** Queues mails; they are delivered only if the caller's transaction commits. */
public interface Mailer {
    /** Renders and records the mail, returning the id of its entry in the outgoing-mail log. */
    long queue(Mail mail);

    /** The same for many mails, recorded in one statement (the billing run's mails). */
    void queueAll(List<Mail> mails);

    /**
     * Starts rendering many mails on a thread of its own, so the caller can write its own rows
     * meanwhile; nothing is recorded until {@link #queueAll(PreparedMails)}. Rendering is a large
     * share of the JVM's work in a billing run batch, and it needs nothing from the caller's
     * transaction.
     */
    PreparedMails prepare(List<Mail> mails);

    /** Records mails started by {@link #prepare}, waiting for their rendering; fails as it failed. */
    void queueAll(PreparedMails mails);

    /** Mails being rendered by {@link #prepare}. */
    interface PreparedMails {}
}
