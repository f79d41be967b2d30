package io.foyer.account.internal;

import io.foyer.account.Actor;
import io.foyer.identity.StaffUsers;
import io.foyer.identity.UserSecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the identity module's security events into the audit log. A plain (synchronous) listener on
 * purpose: the entry is written in the transaction of the change it records, so there is never a
 * change without its entry, and never an entry for a change that was rolled back.
 */
@Component
class UserSecurityAudit {

    private final AuditTrail audit;
    private final StaffUsers staff;

    UserSecurityAudit(AuditTrail audit, StaffUsers staff) {
        this.audit = audit;
        this.staff = staff;
    }

    @EventListener
    void on(UserSecurityEvent event) {
        Actor actor = event.staffId() == null
                ? Actor.user(event.userId(), event.userEmail(), event.clientIp())
                : Actor.staff(
                        event.staffId(),
                        staff.emailOf(event.staffId()).orElse(String.valueOf(event.staffId())),
                        event.clientIp());
        audit.recordForUser(event.userId(), actor, event.action(), event.detail());
    }
}
