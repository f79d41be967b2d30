package io.foyer.account;

import java.util.List;
import java.util.Optional;

/** Reading accounts, their members and contacts, and the staff-side actions on them. */
public interface Accounts {

    /** The accounts a user is a member of, owner's first. */
    List<AccountSummary> accountsOf(long userId);

    Optional<AccountDetails> details(long accountId);

    /** The accounts of the ids that exist, by id: one query for a batch (the billing run). */
    java.util.Map<Long, AccountDetails> details(java.util.Collection<Long> accountIds);

    Optional<AccountDetails> byCustomerNumber(long customerNumber);

    List<Member> members(long accountId);

    List<Contact> contacts(long accountId);

    /** Accounts whose customer number, contact name, company or email, or a member's name or email, matches. */
    List<AccountSummary> search(String text, int limit);

    /** Makes another member (or a user not yet a member) the owner; the old owner keeps full permissions. */
    void transferOwnership(long accountId, long newOwnerUserId, Actor actor);

    List<AuditEntry> auditLog(long accountId, int limit);

    List<AuditEntry> latestAudit(int limit);
}
