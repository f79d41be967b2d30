package io.foyer.identity.internal;

import io.foyer.identity.FoyerUser;
import io.foyer.identity.LoginHistory;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.Languages;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The steps of a sign-in after the first factor. A user with a second factor gets a {@link
 * PartialAuthentication} instead of the sign-in and is sent to the second step; a user the
 * provider requires to have one, who has none, is sent to set one up. Only when that is done is
 * the finished authentication put in place, under a new session id. The customer panel and the
 * staff console each run this with their own security context ({@link Realm}).
 */
@Component
public class SignInFlow {

    /** A half sign-in left standing this long is forgotten: the password has to be typed again. */
    static final Duration PENDING_VALIDITY = Duration.ofMinutes(10);

    public enum Realm {
        CUSTOMER(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                "/login/second-factor",
                "/profile/security",
                "/login",
                "FOYER_REAUTHENTICATED_AT"),
        STAFF(
                SecurityConfiguration.CONSOLE_CONTEXT_KEY,
                "/console/login/second-factor",
                "/console/security",
                "/console/login",
                "FOYER_CONSOLE_REAUTHENTICATED_AT");

        final String contextKey;
        public final String secondFactorPath;
        public final String enrolmentPath;
        public final String loginPath;
        final String reauthenticatedAttribute;

        Realm(String contextKey, String secondFactor, String enrolment, String login, String reauthenticated) {
            this.contextKey = contextKey;
            this.secondFactorPath = secondFactor;
            this.enrolmentPath = enrolment;
            this.loginPath = login;
            this.reauthenticatedAttribute = reauthenticated;
        }
    }

    private final SecondFactors factors;
    private final LoginHistory history;
    private final LocaleResolver locales;
    private final Clock clock;
    private final Duration reauthenticationWindow;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    SignInFlow(
            SecondFactors factors,
            LoginHistory history,
            LocaleResolver locales,
            Clock clock,
            @Value("${foyer.two-factor.reauthentication-window:PT5M}") Duration reauthenticationWindow) {
        this.factors = factors;
        this.history = history;
        this.locales = locales;
        this.clock = clock;
        this.reauthenticationWindow = reauthenticationWindow;
    }

    HttpSessionSecurityContextRepository contexts(Realm realm) {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(realm.contextKey);
        return contexts;
    }

    /** The success handler of the password login: on to the second step, to enrolment, or in. */
    AuthenticationSuccessHandler afterPassword(Realm realm) {
        return (request, response, auth) -> {
            FactorOwner owner = ownerOf(auth);
            String email = auth.getName();
            PartialAuthentication.Stage stage = factors.any(owner, email)
                    ? PartialAuthentication.Stage.SECOND_FACTOR
                    : factors.required(owner) ? PartialAuthentication.Stage.ENROLMENT : null;
            if (stage == null) {
                finish(realm, auth, request, response);
                return;
            }
            save(realm, new PartialAuthentication(auth, owner, stage, clock.instant()), request, response);
            if (stage == PartialAuthentication.Stage.ENROLMENT) {
                // Counts as a fresh sign-in: setting up the factor needs no second password prompt.
                markReauthenticated(realm, request);
            }
            String target =
                    stage == PartialAuthentication.Stage.SECOND_FACTOR ? realm.secondFactorPath : realm.enrolmentPath;
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    /**
     * The success handler of a passkey sign-in, answered as JSON to the page's script. A passkey
     * is a second factor by itself (something you have, unlocked by something you know or are).
     */
    AuthenticationSuccessHandler afterPasskey() {
        return (request, response, auth) -> {
            markReauthenticated(Realm.CUSTOMER, request);
            recordSignIn(auth, "passkey", request);
            followLanguage(auth, request, response);
            String target = targetUrl(Realm.CUSTOMER, request, response);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"authenticated\":true,\"redirectUrl\":\""
                            + target.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        };
    }

    /** Where a half-signed-in user asking for any other page is sent; everyone else gets 403. */
    AccessDeniedHandler accessDenied(Realm realm) {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            Optional<PartialAuthentication> partial = partial();
            if (partial.isEmpty()) {
                forbidden.handle(request, response, denied);
                return;
            }
            String target = partial.get().stage() == PartialAuthentication.Stage.SECOND_FACTOR
                    ? realm.secondFactorPath
                    : realm.enrolmentPath;
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    /** The half sign-in of the current request, if it is one that has not expired. */
    Optional<PartialAuthentication> partial() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PartialAuthentication partial
                        && partial.startedAt().plus(PENDING_VALIDITY).isAfter(clock.instant())
                ? Optional.of(partial)
                : Optional.empty();
    }

    /**
     * Puts the finished authentication in place of the half one, under a new session id, and
     * answers where the user wanted to go.
     */
    String complete(
            Realm realm,
            PartialAuthentication partial,
            String factor,
            HttpServletRequest request,
            HttpServletResponse response) {
        request.changeSessionId();
        save(realm, partial.completed(), request, response);
        recordSignIn(partial.completed(), factor, request);
        markReauthenticated(realm, request);
        followLanguage(partial.completed(), request, response);
        return targetUrl(realm, request, response);
    }

    /** After enrolment the user may go on: the sign-in becomes a full one (nothing is sent). */
    void completeEnrolment(Realm realm, HttpServletRequest request, HttpServletResponse response) {
        partial()
                .filter(p -> p.stage() == PartialAuthentication.Stage.ENROLMENT)
                .ifPresent(p -> {
                    request.changeSessionId();
                    save(realm, p.completed(), request, response);
                    recordSignIn(p.completed(), LoginHistory.PASSWORD, request);
                    markReauthenticated(realm, request);
                });
    }

    /** Forgets a half sign-in (cancelled or expired), so the login starts again. */
    void abandon(Realm realm, HttpServletRequest request, HttpServletResponse response) {
        save(realm, null, request, response);
    }

    /** Where the sign-in goes once complete: the page first asked for, or the start page. */
    String targetUrl(Realm realm, HttpServletRequest request, HttpServletResponse response) {
        if (realm == Realm.STAFF) {
            return "/console";
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return "/accounts";
    }

    void finish(Realm realm, Authentication auth, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        markReauthenticated(realm, request);
        recordSignIn(auth, LoginHistory.PASSWORD, request);
        if (realm == Realm.STAFF) {
            SimpleUrlAuthenticationSuccessHandler console = new SimpleUrlAuthenticationSuccessHandler("/console");
            console.setAlwaysUseDefaultTargetUrl(true);
            console.onAuthenticationSuccess(request, response, auth);
            return;
        }
        followLanguage(auth, request, response);
        SavedRequestAwareAuthenticationSuccessHandler customer = new SavedRequestAwareAuthenticationSuccessHandler();
        customer.setDefaultTargetUrl("/accounts");
        customer.onAuthenticationSuccess(request, response, auth);
    }

    /** Without a language chosen on this device, the user's own language follows them. */
    void followLanguage(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
        boolean chosenOnThisDevice = request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> Languages.COOKIE.equals(c.getName()));
        if (auth.getPrincipal() instanceof FoyerUser user && !chosenOnThisDevice) {
            locales.setLocale(request, response, Languages.locale(user.language()));
        }
    }

    /** A completed customer sign-in goes into the login history with the factor that completed it. */
    private void recordSignIn(Authentication auth, String factor, HttpServletRequest request) {
        if (auth.getPrincipal() instanceof FoyerUser user) {
            history.succeeded(user.id(), factor, request);
        }
    }

    void markReauthenticated(Realm realm, HttpServletRequest request) {
        request.getSession().setAttribute(realm.reauthenticatedAttribute, clock.instant());
    }

    /** Whether the user showed their password (or a passkey) within the last few minutes. */
    boolean recentlyAuthenticated(Realm realm, HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null
                && session.getAttribute(realm.reauthenticatedAttribute) instanceof Instant at
                && !at.plus(reauthenticationWindow).isBefore(clock.instant());
    }

    private void save(Realm realm, Authentication auth, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts(realm).saveContext(context, request, response);
    }

    static FactorOwner ownerOf(Authentication auth) {
        if (auth instanceof PartialAuthentication partial) {
            return partial.owner();
        }
        Object principal = auth.getPrincipal();
        if (principal instanceof FoyerUser user) {
            return FactorOwner.customer(user.id());
        }
        if (principal instanceof StaffUser staff) {
            return FactorOwner.staff(staff.id());
        }
        throw new IllegalArgumentException("no user: " + principal);
    }
}
