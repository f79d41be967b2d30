package io.foyer.identity;

/**
 * Whether the provider requires two-factor authentication of its staff and of its customers. A
 * user required to have a second factor who has none is sent to set one up right after the
 * password and reaches nothing else until it is done.
 */
public interface TwoFactorPolicy {

    record Settings(boolean staffRequired, boolean customersRequired) {}

    Settings current();

    /** Changes the requirement; {@code staffId} is the admin who changed it. */
    void change(Settings settings, long staffId);
}
