package io.foyer.console;

import io.foyer.account.Actor;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;

/** The audit-log actor for a staff member's request. */
final class StaffActors {

    private StaffActors() {}

    static Actor of(StaffUser staff, HttpServletRequest request) {
        return Actor.staff(staff.id(), staff.email(), ClientIp.of(request));
    }
}
