package io.foyer.identity.internal;

import io.foyer.identity.Impersonation;
import io.foyer.identity.Impersonations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the impersonated user in the session's customer security context, the one the customer
 * chain reads; the console keeps its own context under another key, so the staff member stays
 * signed in to the console the whole time and ends the impersonation from there.
 */
@Component
class SessionImpersonations implements Impersonations {

    private final CustomerUserDetailsService users;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionImpersonations(CustomerUserDetailsService users) {
        this.users = users;
    }

    @Override
    public void start(Impersonation impersonation, HttpServletRequest request, HttpServletResponse response) {
        var user = users.loadUserByUsername(impersonation.userEmail());
        if (user.id() != impersonation.userId()) {
            throw new UsernameNotFoundException("user changed");
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ImpersonationAuthentication(user, impersonation));
        contexts.saveContext(context, request, response);
    }

    @Override
    public Optional<Impersonation> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    @Override
    public Optional<Impersonation> end(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Optional<Impersonation> ended =
                stored instanceof SecurityContext context ? of(context.getAuthentication()) : Optional.empty();
        if (ended.isPresent()) {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        return ended;
    }

    static Optional<Impersonation> of(Authentication auth) {
        return auth instanceof ImpersonationAuthentication impersonated
                ? Optional.of(impersonated.impersonation())
                : Optional.empty();
    }
}
