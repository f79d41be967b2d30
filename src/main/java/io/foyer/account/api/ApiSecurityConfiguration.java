package io.foyer.account.api;

import io.foyer.account.ApiPrincipal;
import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.IpNotAllowed;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API is stateless: every request carries a personal access token as
 * {@code Authorization: Bearer foyer_pat_...}. No cookies, so no CSRF exposure.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, MessageSource messages) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, messages), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("API"))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problem(
                                response,
                                401,
                                "Unauthorized",
                                "A valid personal access token is required (Authorization: Bearer foyer_pat_...)."))
                        .accessDeniedHandler(
                                (request, response, ex) -> problem(response, 403, "Forbidden", "Access denied.")));
        return http.build();
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }

    static final class BearerTokenFilter extends OncePerRequestFilter {
        private final ApiTokens tokens;
        private final MessageSource messages;

        BearerTokenFilter(ApiTokens tokens, MessageSource messages) {
            this.tokens = tokens;
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                Optional<ApiTokens.Token> token;
                try {
                    token = tokens.authenticate(header.substring(7).trim(), ClientIp.of(request));
                } catch (IpNotAllowed outside) {
                    // Every call of the token, not only the account-scoped ones: /me would tell who it belongs to.
                    ProblemDetail problem =
                            ApiProblems.ipNotAllowed(outside, messages, LocaleContextHolder.getLocale());
                    response.setStatus(problem.getStatus());
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    // The detail is translated (umlauts); the servlet default would be ISO-8859-1.
                    response.setCharacterEncoding("UTF-8");
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", problem.getType().toString());
                    body.put("title", problem.getTitle());
                    body.put("status", problem.getStatus());
                    body.put("detail", problem.getDetail());
                    body.putAll(problem.getProperties());
                    response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
                    return;
                }
                if (token.isEmpty()) {
                    problem(response, 401, "Unauthorized", "The token is unknown, expired or revoked.");
                    return;
                }
                var t = token.get();
                var principal = new ApiPrincipal(t.id(), t.userId(), t.accountId(), t.permissions());
                var auth = UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, List.of(new SimpleGrantedAuthority("ROLE_API")));
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
            chain.doFilter(request, response);
        }
    }
}
