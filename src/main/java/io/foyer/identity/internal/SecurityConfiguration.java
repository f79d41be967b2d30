package io.foyer.identity.internal;

import io.foyer.identity.BruteForceGuard;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.LoginHistory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Two separate logins: customers everywhere except {@code /console}, staff in {@code /console}.
 * Each keeps its own security context in the session, so a staff member signed in to the
 * console is not a customer, and the reverse. The API has its own token-based chain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONSOLE_CONTEXT_KEY = "FOYER_CONSOLE_SECURITY_CONTEXT";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm recorded in each hash so it can be changed later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * With {@code foyer.https-only} (Foyer reached over HTTPS only) the cookie is {@code Secure} and
     * carries the {@code __Host-} prefix, so no subdomain and no plain-HTTP page can set or
     * overwrite it. Browsers refuse such cookies over plain HTTP, hence off by default (the demo).
     */
    CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(httpsOnly ? "__Host-FOYER-CSRF" : "FOYER-CSRF");
        tokens.setCookieCustomizer(cookie -> {
            // Otherwise Secure follows the request: set on HTTPS requests, as Spring Security does.
            cookie.sameSite("Lax").path("/");
            if (httpsOnly) {
                cookie.secure(true);
            }
        });
        return tokens;
    }

    private final boolean httpsOnly;

    SecurityConfiguration(@Value("${foyer.https-only:false}") boolean httpsOnly) {
        this.httpsOnly = httpsOnly;
    }

    /** The query string the login page shows its message from. */
    static String failureReason(AuthenticationException exception) {
        if (exception instanceof LoginLocked locked) {
            return "locked=" + locked.minutes();
        }
        return exception instanceof EmailNotVerified
                ? "unverified"
                : exception instanceof DisabledException ? "disabled" : "error";
    }

    @Bean
    @Order(1)
    SecurityFilterChain consoleChain(
            HttpSecurity http,
            StaffUserManagement staff,
            PasswordEncoder encoder,
            BruteForceGuard guard,
            SessionImpersonations impersonations,
            SignInFlow flow)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staff.userDetailsService());
        passwords.setPasswordEncoder(encoder);
        var provider = new GuardedAuthentication(
                passwords, guard, name -> new GuardedAuthentication.Subject("staff:" + name, null));
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONSOLE_CONTEXT_KEY);
        http.securityMatcher("/console/**")
                .authenticationManager(new ProviderManager(provider))
                .securityContext(c -> c.securityContextRepository(contexts))
                .csrf(c -> c.csrfTokenRepository(csrfTokens()))
                .authorizeHttpRequests(a -> a.requestMatchers("/console/login")
                        .permitAll()
                        .requestMatchers("/console/login/second-factor")
                        .hasAuthority(PartialAuthentication.SECOND_FACTOR_AUTHORITY)
                        // Reachable while a staff member the policy requires to set up a second
                        // factor has none yet: the only pages they may see until it is done.
                        .requestMatchers("/console/security", "/console/security/**", "/console/reauthenticate")
                        .hasAnyAuthority("ROLE_STAFF", PartialAuthentication.ENROLMENT_AUTHORITY)
                        .anyRequest()
                        .hasRole("STAFF"))
                .exceptionHandling(e -> e.accessDeniedHandler(flow.accessDenied(SignInFlow.Realm.STAFF)))
                .formLogin(f -> f.loginPage("/console/login")
                        .usernameParameter("email")
                        .successHandler(flow.afterPassword(SignInFlow.Realm.STAFF))
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + "/console/login?" + failureReason(exception)))
                        .securityContextRepository(contexts))
                // Signing out of the console also ends a "view as customer" started from it.
                .logout(l -> l.addLogoutHandler((request, response, auth) -> impersonations.end(request, response))
                        .logoutUrl("/console/logout")
                        .logoutSuccessUrl("/console/login?logout")
                        .invalidateHttpSession(false))
                .headers(SecurityHeaders.apply());
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain customerChain(
            HttpSecurity http,
            CustomerUserDetailsService users,
            PasswordEncoder encoder,
            BruteForceGuard guard,
            LoginNames loginNames,
            UserRecords userRecords,
            LoginRecording recording,
            SignInFlow flow,
            WebAuthnRelyingPartyOperations relyingParty)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // Failures count per user, whichever of their login names (email, customer number) is typed.
        var provider = new GuardedAuthentication(passwords, guard, name -> loginNames
                .emailFor(name)
                .flatMap(userRecords::findByEmail)
                .map(user -> new GuardedAuthentication.Subject("customer:" + user.id(), user.id()))
                .orElseGet(() -> new GuardedAuthentication.Subject("customer:" + name, null)));
        passwords.setPostAuthenticationChecks(user -> {
            if (user instanceof FoyerUser foyerUser && !foyerUser.verified()) {
                throw new EmailNotVerified();
            }
        });
        http.authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/",
                                "/login",
                                "/signup",
                                "/verify",
                                "/verify/resend",
                                "/password/**",
                                "/invitations/**",
                                "/unsubscribe/**",
                                "/pay/**",
                                "/webjars/**",
                                "/static/**",
                                "/js/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/login/second-factor")
                        .hasAuthority(PartialAuthentication.SECOND_FACTOR_AUTHORITY)
                        // Reachable while a user the policy requires to set up a second factor has
                        // none yet: the only pages they may see until it is done.
                        .requestMatchers("/profile/security", "/profile/security/**", "/profile/reauthenticate")
                        .hasAnyAuthority("ROLE_CUSTOMER", PartialAuthentication.ENROLMENT_AUTHORITY)
                        .anyRequest()
                        .hasRole("CUSTOMER"))
                // Failed password steps go into the login history here; completed sign-ins are recorded
                // by the sign-in flow once their last factor is done, with that factor.
                .exceptionHandling(e -> e.accessDeniedHandler(flow.accessDenied(SignInFlow.Realm.CUSTOMER)))
                .addFilterBefore(passkeyLogin(flow, relyingParty, users), BasicAuthenticationFilter.class)
                .addFilterBefore(new PublicKeyCredentialRequestOptionsFilter(relyingParty), AuthorizationFilter.class)
                .formLogin(f -> f.loginPage("/login")
                        .usernameParameter("login")
                        .successHandler(flow.afterPassword(SignInFlow.Realm.CUSTOMER))
                        .failureHandler(recording.onFailure(
                                LoginHistory.PASSWORD,
                                (request, response, exception) -> response.sendRedirect(
                                        request.getContextPath() + "/login?" + failureReason(exception)))))
                // The CSRF token lives in an HttpOnly cookie rather than the session, so showing the
                // login page to anonymous visitors (or bots) creates no server-side session at all.
                .csrf(c -> c.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers("/unsubscribe/**"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(SecurityHeaders.apply());
        return http.build();
    }

    /**
     * Passkey sign-in at {@code /login/webauthn}, with Spring Security's filter and Foyer's provider;
     * the browser asks for a challenge at {@code /webauthn/authenticate/options} first. Used as
     * the only factor, at the second login step, and to confirm a change while signed in.
     */
    private static WebAuthnAuthenticationFilter passkeyLogin(
            SignInFlow flow, WebAuthnRelyingPartyOperations relyingParty, CustomerUserDetailsService users) {
        WebAuthnAuthenticationFilter filter = new WebAuthnAuthenticationFilter();
        filter.setAuthenticationManager(new ProviderManager(new PasskeyAuthenticationProvider(relyingParty, users)));
        filter.setSecurityContextRepository(flow.contexts(SignInFlow.Realm.CUSTOMER));
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        filter.setAuthenticationSuccessHandler(flow.afterPasskey());
        filter.setAuthenticationFailureHandler(
                (request, response, exception) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED));
        return filter;
    }
}
