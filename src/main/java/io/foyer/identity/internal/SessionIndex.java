package io.foyer.identity.internal;

import io.foyer.identity.FoyerUser;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;

/**
 * Indexes a session by the id of the customer user signed in to it, so that a user's sessions can
 * be found and ended. Spring Session's default indexes by {@code Authentication.getName()} (the
 * email address): that changes with the address, may exceed the column, and a staff member's
 * address could name a customer's sessions. Console logins keep their context under another key,
 * so a staff-only session has no index value.
 */
final class SessionIndex implements IndexResolver<Session> {

    static final String CUSTOMER_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    static String principalName(long userId) {
        return Long.toString(userId);
    }

    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
        Object context = session.getAttribute(CUSTOMER_CONTEXT);
        if (context instanceof SecurityContext security) {
            Authentication auth = security.getAuthentication();
            // A staff member viewing as a customer is not one of the user's sessions: the user can
            // neither list nor end it (the audit log tells them about it), and it is not theirs to count.
            if (auth != null
                    && !(auth instanceof ImpersonationAuthentication)
                    && auth.getPrincipal() instanceof FoyerUser user) {
                return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principalName(user.id()));
            }
        }
        return Map.of();
    }
}
