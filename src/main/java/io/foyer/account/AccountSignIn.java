package io.foyer.account;

import java.time.Instant;

/** The latest time a member who had signed in opened the account from this address. */
public record AccountSignIn(String ip, Instant at, long userId, String userName, String userEmail) {}
