package io.foyer.identity;

/** A customer user as other modules see them. */
public record UserProfile(
        long id, String email, String name, String phone, String language, boolean verified, boolean disabled) {}
