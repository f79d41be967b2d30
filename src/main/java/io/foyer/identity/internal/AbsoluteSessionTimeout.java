package io.foyer.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that started longer ago than the absolute timeout, before any security filter
 * reads a login from it: the request then goes on as an anonymous one. Spring Session only knows
 * the idle timeout. A session's start is stamped on the first request that sees it and moved to
 * the moment of each customer sign-in, both from the application clock.
 */
final class AbsoluteSessionTimeout extends OncePerRequestFilter {

    /** When the session started or was last signed in to ({@link Instant}). */
    static final String STARTED = "io.foyer.identity.SESSION_STARTED";

    private final Clock clock;
    private final Duration absoluteTimeout;

    AbsoluteSessionTimeout(Clock clock, Duration absoluteTimeout) {
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Static files and the stateless API never read the session; loading it for them would cost
        // a database round trip per image or stylesheet.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/static/")
                || path.startsWith("/webjars/")
                || path.startsWith("/api/")
                || path.startsWith("/actuator/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            if (session.getAttribute(STARTED) instanceof Instant started) {
                if (!now.isBefore(started.plus(absoluteTimeout))) {
                    session.invalidate();
                }
            } else {
                session.setAttribute(STARTED, now);
            }
        }
        chain.doFilter(request, response);
    }
}
