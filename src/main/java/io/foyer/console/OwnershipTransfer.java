package io.foyer.console;

import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.account.Member;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Staff-side ownership transfer: checks the form against the account, then transfers and audits
 * the reason in one transaction, so there is never a transfer without its recorded reason.
 */
@Component
class OwnershipTransfer {

    static final int MAX_REASON_LENGTH = 500;
    static final int MAX_EMAIL_LENGTH = 254;

    record NewOwner(long userId, String email) {}

    private final Accounts accounts;
    private final Users users;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    OwnershipTransfer(Accounts accounts, Users users, AuditLog audit, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The user the form names as new owner, or empty with the reasons in {@code errors}. */
    Optional<NewOwner> check(List<Member> members, TransferForm form, Errors errors) {
        String reason = form.trimmedReason();
        if (reason.isEmpty()) {
            errors.rejectValue("reason", "console.transfer.reasonRequired");
        } else if (reason.length() > MAX_REASON_LENGTH) {
            errors.rejectValue("reason", "console.transfer.reasonTooLong");
        }
        Optional<NewOwner> owner = newOwner(members, form, errors);
        return errors.hasErrors() ? Optional.empty() : owner;
    }

    private Optional<NewOwner> newOwner(List<Member> members, TransferForm form, Errors errors) {
        if (!form.hasMember() && !form.hasEmail()) {
            errors.rejectValue("memberUserId", "console.transfer.chooseOne");
            return Optional.empty();
        }
        if (form.hasMember() && form.hasEmail()) {
            errors.rejectValue("memberUserId", "console.transfer.notBoth");
            return Optional.empty();
        }
        if (form.hasMember()) {
            String chosen = form.memberUserId().strip();
            Optional<NewOwner> member = members.stream()
                    .filter(m -> !m.owner() && String.valueOf(m.userId()).equals(chosen))
                    .findFirst()
                    .map(m -> new NewOwner(m.userId(), m.email()));
            if (member.isEmpty()) {
                errors.rejectValue("memberUserId", "console.transfer.memberUnknown");
            }
            return member;
        }
        return byEmail(members, form.email().strip(), errors);
    }

    private Optional<NewOwner> byEmail(List<Member> members, String email, Errors errors) {
        Optional<UserProfile> user = email.length() > MAX_EMAIL_LENGTH ? Optional.empty() : users.findByEmail(email);
        if (user.isEmpty()) {
            errors.rejectValue("email", "console.transfer.emailUnknown");
            return Optional.empty();
        }
        long userId = user.get().id();
        if (members.stream().anyMatch(m -> m.owner() && m.userId() == userId)) {
            errors.rejectValue("email", "console.transfer.alreadyOwner");
            return Optional.empty();
        }
        if (user.get().disabled()) {
            errors.rejectValue("email", "console.transfer.userDisabled");
            return Optional.empty();
        }
        if (!user.get().verified()) {
            // The owner receives the invoices and can reset everything: their address must be proven.
            errors.rejectValue("email", "console.transfer.userUnverified");
            return Optional.empty();
        }
        return Optional.of(new NewOwner(userId, user.get().email()));
    }

    void transfer(long accountId, NewOwner newOwner, String reason, Actor actor) {
        transactions.executeWithoutResult(status -> {
            accounts.transferOwnership(accountId, newOwner.userId(), actor);
            // transferOwnership records who and to whom, but has no room for the reason.
            audit.record(accountId, actor, "owner.transfer.reason", reason.strip());
        });
    }
}
