package io.foyer.notification;

/** What a mail is about; decides which of an account's addresses receives it. */
public enum MailCategory {
    ACCOUNT,
    INVOICES,
    TECHNICAL,
    NEWSLETTER
}
