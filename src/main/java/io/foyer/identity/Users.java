package io.foyer.identity;

import java.util.List;
import java.util.Optional;

/** Customer users: creating them and reading them. */
public interface Users {

    /**
     * Creates a user whose address is not yet confirmed and mails the confirmation link.
     *
     * @throws EmailAlreadyRegistered when a user with this address exists
     * @throws PasswordRejected when the password breaks the policy
     */
    long register(String email, String password, String name, String language);

    /**
     * Creates a user whose address is confirmed already (they followed a link sent to it).
     *
     * @throws EmailAlreadyRegistered when a user with this address exists
     * @throws PasswordRejected when the password breaks the policy
     */
    long registerConfirmed(String email, String password, String name, String language);

    Optional<UserProfile> find(long id);

    Optional<UserProfile> findByEmail(String email);

    List<UserProfile> findAll(java.util.Collection<Long> ids);

    /** Users whose email or name contains the text (staff search). */
    List<UserProfile> search(String text, int limit);
}
