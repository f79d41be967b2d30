package io.foyer.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/** Starts and ends "view as customer" in the staff member's browser session. */
public interface Impersonations {

    /** Signs the session in as the impersonated user, next to (not instead of) the staff login. */
    void start(Impersonation impersonation, HttpServletRequest request, HttpServletResponse response);

    /** The impersonation of the current request, if it is one. */
    Optional<Impersonation> current();

    /** Ends the impersonation of this session, if any, and answers what it was. */
    Optional<Impersonation> end(HttpServletRequest request, HttpServletResponse response);
}
