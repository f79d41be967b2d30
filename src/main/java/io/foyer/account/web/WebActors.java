package io.foyer.account.web;

import io.foyer.account.Actor;
import io.foyer.identity.FoyerUser;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;

final class WebActors {
    private WebActors() {}

    static Actor of(FoyerUser user, HttpServletRequest request) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (auth != null && auth.getDetails() instanceof io.foyer.identity.Impersonation impersonation) {
            // Changes made while viewing as a customer are the staff member's, not the customer's.
            return Actor.staff(
                    impersonation.staffId(),
                    impersonation.staffEmail() + " (as " + user.email() + ")",
                    ClientIp.of(request));
        }
        return Actor.user(user.id(), user.email(), ClientIp.of(request));
    }
}
