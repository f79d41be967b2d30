package io.foyer.identity.internal;

import io.foyer.identity.LoginHistory;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Puts failed password steps into the {@link LoginHistory}, then lets the failure handler answer. */
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
