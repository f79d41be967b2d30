package io.foyer.identity;

import java.util.List;
import java.util.Optional;

/** Staff users of the console. */
public interface StaffUsers {
    long create(String email, String password, String name, StaffRole role);

    Optional<Long> findIdByEmail(String email);

    Optional<String> emailOf(long id);

    /** Staff users who may sign in (not disabled), by name. */
    List<StaffMember> active();
}
