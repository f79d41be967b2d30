package io.foyer.account;

import java.util.Set;

/** The caller of an API request authenticated by a personal access token. */
public record ApiPrincipal(long tokenId, long userId, long accountId, Set<Permission> permissions) {}
