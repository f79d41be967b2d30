package io.foyer.account.api;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.ApiTokens.Token;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own personal access tokens in this account. Tokens are created in the web settings
 * only, where the secret is shown once; the API never returns a secret or its hash.
 */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/tokens")
@RequiresPermission
@Tag(name = "Tokens", description = "The caller's personal access tokens for this account")
class TokensApiController {

    record TokenView(
            long id,
            String name,
            String hint,
            List<Permission> permissions,
            boolean active,
            Instant expiresAt,
            Instant lastUsedAt,
            String lastUsedIp,
            Instant revokedAt,
            Instant createdAt) {

        static TokenView of(Token t, Instant now) {
            return new TokenView(
                    t.id(),
                    t.name(),
                    t.hint(),
                    ApiActors.sorted(t.permissions()),
                    t.active(now),
                    t.expiresAt(),
                    t.lastUsedAt(),
                    t.lastUsedIp(),
                    t.revokedAt(),
                    t.createdAt());
        }
    }

    private final ApiTokens tokens;
    private final ApiActors actors;
    private final Clock clock;

    TokensApiController(ApiTokens tokens, ApiActors actors, Clock clock) {
        this.tokens = tokens;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The caller's tokens for this account, newest first")
    Items<TokenView> list(CurrentAccount current) {
        Instant now = clock.instant();
        return Items.of(tokens.ofMember(current.accountId(), current.userId()).stream()
                .map(t -> TokenView.of(t, now))
                .toList());
    }

    @DeleteMapping("/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Revoke one of the caller's tokens",
            description = "Revoking the token used for this call is allowed; it stops working at once.")
    void revoke(CurrentAccount current, @PathVariable long tokenId, HttpServletRequest request) {
        tokens.revoke(current.accountId(), current.userId(), tokenId, actors.of(current, request));
    }
}
