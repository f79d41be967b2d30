package io.foyer.support;

/**
 * What one reading of the support mailbox did.
 *
 * @param read mails looked at
 * @param added replies added to their tickets
 * @param held mails held for staff
 * @param ignored automatic mails and loops
 * @param duplicates mails read before (the same Message-ID), removed without a second message
 * @param failed mails that could not be processed this time and stay in the mailbox for the next reading
 */
public record MailInPoll(int read, int added, int held, int ignored, int duplicates, int failed) {

    public static final MailInPoll NONE = new MailInPoll(0, 0, 0, 0, 0, 0);
}
