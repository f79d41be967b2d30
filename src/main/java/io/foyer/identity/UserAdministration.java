package io.foyer.identity;

/** What staff do to a customer user as a whole, beyond any one account. */
public interface UserAdministration {

    /**
     * Disables the user: signing in is refused, every session ends now and their API tokens stop
     * working. Publishes {@code user.disabled} with the reason.
     *
     * @return false when the user was disabled already (nothing changes)
     */
    boolean disable(long userId, String reason, long staffId, String staffIp);

    /**
     * Lets a disabled user sign in again; their tokens work again unless expired or revoked.
     * Publishes {@code user.enabled} with the reason.
     *
     * @return false when the user was not disabled (nothing changes)
     */
    boolean enable(long userId, String reason, long staffId, String staffIp);
}
