package io.foyer.identity.web;

import io.foyer.identity.Impersonation;
import io.foyer.identity.Impersonations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps "view as customer" to looking: while a staff member views as a customer, no request that
 * changes something gets through — unless an admin allowed changes, and even then never the
 * user's own credentials, sessions or API tokens, or the account's code word, which only the
 * customer may touch.
 */
@Component
class ImpersonationGuard implements HandlerInterceptor {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Impersonations impersonations;

    ImpersonationGuard(Impersonations impersonations) {
        this.impersonations = impersonations;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SAFE_METHODS.contains(request.getMethod())
                || request.getRequestURI().startsWith("/console")) {
            return true;
        }
        Optional<Impersonation> impersonation = impersonations.current();
        if (impersonation.isPresent() && (impersonation.get().readOnly() || personal(request.getRequestURI()))) {
            throw new ImpersonationReadOnly();
        }
        return true;
    }

    private static boolean personal(String path) {
        // The code word is a secret between the customer and support: support never chooses it.
        return path.startsWith("/profile") || path.matches("/accounts/[^/]+/(tokens|settings/code-word).*");
    }

    static class ImpersonationReadOnly extends RuntimeException {
        ImpersonationReadOnly() {
            super("read-only while viewing as a customer", null, false, false);
        }
    }
}
