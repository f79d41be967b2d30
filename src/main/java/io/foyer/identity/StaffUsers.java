package io.foyer.identity;

import java.util.Optional;

/** Staff users of the console. */
public interface StaffUsers {
    long create(String email, String password, String name, StaffRole role);

    Optional<Long> findIdByEmail(String email);

    Optional<String> emailOf(long id);
}
