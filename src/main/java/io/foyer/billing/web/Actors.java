package io.foyer.billing.web;

import io.foyer.account.Actor;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.Impersonation;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The audit-log actor of a page request. */
final class Actors {

    private Actors() {}

    static Actor customer(FoyerUser user, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getDetails() instanceof Impersonation impersonation) {
            // What staff do while viewing as a customer is theirs, not the customer's.
            return Actor.staff(
                    impersonation.staffId(),
                    impersonation.staffEmail() + " (as " + user.email() + ")",
                    ClientIp.of(request));
        }
        return Actor.user(user.id(), user.email(), ClientIp.of(request));
    }

    static Actor staff(StaffUser staff, HttpServletRequest request) {
        return Actor.staff(staff.id(), staff.email(), ClientIp.of(request));
    }
}
