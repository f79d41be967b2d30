/**
 * Outgoing mail: every mail is rendered from a template in the recipient's language, written to
 * the outgoing-mail log in the caller's transaction, and delivered over SMTP after that
 * transaction commits, with retries. Without SMTP configured mails are only logged, so they can be
 * read in the staff console.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package io.foyer.notification;
