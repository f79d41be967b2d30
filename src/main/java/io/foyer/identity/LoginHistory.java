package io.foyer.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The sign-in record of customer users: every completed sign-in and every failed attempt on an
 * existing user, with time, client address, user agent and the factor used.
 */
public interface LoginHistory {

    /** The factor of a sign-in with email or customer number and password. */
    String PASSWORD = "password";

    /**
     * Records a completed sign-in (after its last factor) and marks the request's session as
     * signed in now: the absolute session timeout counts from here, and "My sessions" shows this
     * address, user agent and time. Publishes {@code user.login}.
     *
     * @param factor the factor that completed the sign-in, e.g. {@link #PASSWORD}
     */
    void succeeded(long userId, String factor, HttpServletRequest request);

    /**
     * Records a failed attempt on an existing user. Publishes {@code user.login-failed}.
     *
     * @param reason a short code shown to the user: {@code bad-credentials}, {@code locked},
     *     {@code disabled}, {@code unverified}, or one a later factor brings
     */
    void failed(long userId, String factor, String reason, HttpServletRequest request);

    /** The user's newest sign-ins and attempts, newest first. */
    List<LoginRecord> latest(long userId, int limit);
}
