package io.foyer.identity;

/**
 * Something security-relevant happened to a customer user that is not tied to one account
 * (signed in, failed to sign in, changed the password, enrolled or removed a second factor or a
 * passkey, ended a session, was locked out, …). Published synchronously inside the transaction
 * that made the change, so the audit entry is written with it or not at all.
 *
 * @param userId the user it happened to
 * @param userEmail their address at the time, for the audit entry
 * @param action an audit action code ({@code user.login}, {@code user.password-changed}, …)
 * @param detail free text for the audit entry, may be {@code null}
 * @param clientIp where the request came from, {@code null} for system actions
 * @param staffId the staff member who did it, or {@code null} when the user did it themselves
 */
public record UserSecurityEvent(
        long userId, String userEmail, String action, String detail, String clientIp, Long staffId) {

    public static UserSecurityEvent byUser(long userId, String email, String action, String detail, String ip) {
        return new UserSecurityEvent(userId, email, action, detail, ip, null);
    }
}
