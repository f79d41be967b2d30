package io.foyer.account.api;

import io.foyer.account.Actor;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.support.Fixtures.UserAndAccount;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Personal access tokens for test users, created directly like the settings page does. */
public final class ApiTestSupport {

    private ApiTestSupport() {}

    public static String token(ApiTokens tokens, UserAndAccount who, Permission... permissions) {
        return token(tokens, who, null, permissions);
    }

    static String token(ApiTokens tokens, UserAndAccount who, Instant expiresAt, Permission... permissions) {
        Set<Permission> set =
                permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
        return tokens.create(who.account().id(), who.userId(), "test token", set, expiresAt, Actor.system())
                .secret();
    }

    static String all(ApiTokens tokens, UserAndAccount owner) {
        return token(tokens, owner, Permission.values());
    }

    public static String accountPath(UserAndAccount who) {
        return "/api/v1/accounts/" + who.account().id();
    }
}
