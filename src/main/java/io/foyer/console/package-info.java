/**
 * The provider's staff console under {@code /console}: customer search, the staff view of an
 * account (contact data, settings, members, contacts, audit log), ownership transfer, the
 * outgoing-mail log and the audit log across all accounts. It owns no data: every screen composes
 * the public APIs of the account, identity and notification modules. Staff sign in separately
 * from customers; which screens a staff member may use depends on their {@link
 * io.foyer.identity.StaffRole}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package io.foyer.console;
