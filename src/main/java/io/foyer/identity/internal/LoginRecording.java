package io.foyer.identity.internal;

import io.foyer.identity.FoyerUser;
import io.foyer.identity.LoginHistory;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Puts the login handlers' outcomes into the {@link LoginHistory}, then lets the handlers answer. */
@Component
class LoginRecording {

    private final LoginHistory history;
    private final LoginNames loginNames;
    private final UserRecords users;

    LoginRecording(LoginHistory history, LoginNames loginNames, UserRecords users) {
        this.history = history;
        this.loginNames = loginNames;
        this.users = users;
    }

    AuthenticationSuccessHandler onSuccess(String factor, AuthenticationSuccessHandler next) {
        return (request, response, auth) -> {
            if (auth.getPrincipal() instanceof FoyerUser user) {
                history.succeeded(user.id(), factor, request);
            }
            next.onAuthenticationSuccess(request, response, auth);
        };
    }

    AuthenticationFailureHandler onFailure(String factor, AuthenticationFailureHandler next) {
        return (request, response, exception) -> {
            // A typed name that is nobody's is not recorded: there is no user to show it to.
            userOf(exception.getAuthenticationRequest())
                    .ifPresent(userId -> history.failed(userId, factor, reason(exception), request));
            next.onAuthenticationFailure(request, response, exception);
        };
    }

    private Optional<Long> userOf(Authentication attempt) {
        if (attempt == null || attempt.getName() == null) {
            return Optional.empty();
        }
        return loginNames
                .emailFor(attempt.getName().trim())
                .flatMap(users::findByEmail)
                .map(io.foyer.identity.UserProfile::id);
    }

    static String reason(AuthenticationException exception) {
        if (exception instanceof LoginLocked) {
            return "locked";
        }
        if (exception instanceof EmailNotVerified) {
            return "unverified";
        }
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        return exception instanceof BadCredentialsException ? "bad-credentials" : "error";
    }
}
