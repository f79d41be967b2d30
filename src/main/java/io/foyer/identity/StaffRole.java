package io.foyer.identity;

/** What a member of the provider's staff does; decides which console screens they may use. */
public enum StaffRole {
    ADMIN,
    SUPPORT,
    BILLING
}
