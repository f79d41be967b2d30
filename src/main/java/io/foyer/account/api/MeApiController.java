package io.foyer.account.api;

import io.foyer.account.ApiPrincipal;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.internal.AccessCheck;
import io.foyer.account.internal.ApiTokens;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import io.foyer.shared.web.ClientIp;
import io.foyer.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token belongs to, and the account it may act in. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Me", description = "The token's user and the accounts it may act in")
class MeApiController {

    record UserView(long id, String email, String name, String language, String phone) {}

    record CurrentTokenView(
            long id,
            String name,
            long accountId,
            List<Permission> permissions,
            List<Permission> effectivePermissions,
            Instant expiresAt) {}

    record MeView(UserView user, CurrentTokenView token) {}

    record AccountView(long id, long customerNumber, String displayName, boolean owner, List<Permission> permissions) {}

    private final Users users;
    private final ApiTokens tokens;
    private final AccessCheck access;

    MeApiController(Users users, ApiTokens tokens, AccessCheck access) {
        this.users = users;
        this.tokens = tokens;
        this.access = access;
    }

    @GetMapping("/me")
    @Operation(
            summary = "The token's user and the token",
            description = "effectivePermissions are the token's permissions that the member still holds.")
    MeView me(@AuthenticationPrincipal ApiPrincipal principal, HttpServletRequest request) {
        UserProfile user = users.find(principal.userId()).orElseThrow(NotFoundException::new);
        var token = tokens.find(principal.accountId(), principal.userId(), principal.tokenId())
                .orElseThrow(NotFoundException::new);
        List<Permission> effective = current(principal, request)
                .map(c -> ApiActors.sorted(c.permissions()))
                .orElse(List.of());
        return new MeView(
                new UserView(user.id(), user.email(), user.name(), user.language(), user.phone()),
                new CurrentTokenView(
                        token.id(),
                        token.name(),
                        token.accountId(),
                        ApiActors.sorted(token.permissions()),
                        effective,
                        token.expiresAt()));
    }

    @GetMapping("/accounts")
    @Operation(
            summary = "Accounts the token may act in",
            description = "A token is bound to one account: the list holds that account while its user is a member.")
    Items<AccountView> accounts(@AuthenticationPrincipal ApiPrincipal principal, HttpServletRequest request) {
        return Items.of(current(principal, request)
                .map(c -> new AccountView(
                        c.accountId(),
                        c.customerNumber(),
                        c.displayName(),
                        c.owner(),
                        ApiActors.sorted(c.permissions())))
                .stream()
                .toList());
    }

    private Optional<CurrentAccount> current(ApiPrincipal principal, HttpServletRequest request) {
        return access.resolve(
                principal.accountId(), principal.userId(), principal.permissions(), ClientIp.address(request));
    }
}
