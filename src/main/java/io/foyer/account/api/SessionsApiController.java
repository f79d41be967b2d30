package io.foyer.account.api;

import io.foyer.account.ApiPrincipal;
import io.foyer.identity.UserSessions;
import io.foyer.shared.web.ClientIp;
import io.foyer.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser sessions of the token's user. They belong to the user, not to an account, so any
 * of the user's tokens may list and end them.
 */
@RestController
@RequestMapping("/api/v1/me/sessions")
@Tag(name = "Me", description = "The token's user and the accounts it may act in")
class SessionsApiController {

    record SessionView(String id, Instant signedInAt, Instant lastUsedAt, String ip, String userAgent) {}

    private final UserSessions sessions;

    SessionsApiController(UserSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    @Operation(
            summary = "The user's signed-in browser sessions",
            description = "Newest use first. lastUsedAt is exact to within a minute. The id only serves to end"
                    + " the session; it is not the session cookie.")
    Items<SessionView> list(@AuthenticationPrincipal ApiPrincipal principal) {
        return Items.of(sessions.of(principal.userId(), null).stream()
                .map(s -> new SessionView(s.id(), s.signedInAt(), s.lastUsedAt(), s.ip(), s.userAgent()))
                .toList());
    }

    @DeleteMapping("/{sessionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "End one of the user's browser sessions",
            description = "Effective at once: the session's next request is signed out.")
    @ApiResponse(responseCode = "204", description = "The session has ended")
    @ApiResponse(responseCode = "404", description = "The user has no such session (any more)")
    void end(
            @AuthenticationPrincipal ApiPrincipal principal,
            @Parameter(description = "The id from the list") @PathVariable String sessionId,
            HttpServletRequest request) {
        if (!sessions.end(principal.userId(), sessionId, ClientIp.of(request))) {
            throw new NotFoundException();
        }
    }
}
