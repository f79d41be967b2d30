package io.foyer.account.api;

import io.foyer.account.Actor;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who an API call acts as, for the audit log, and small helpers the API views share. */
@Component
class ApiActors {

    private final Users users;

    ApiActors(Users users) {
        this.users = users;
    }

    Actor of(CurrentAccount current, HttpServletRequest request) {
        String email = users.find(current.userId()).map(UserProfile::email).orElse("user " + current.userId());
        return Actor.user(current.userId(), email, ClientIp.of(request));
    }

    /** Permissions in a stable order for responses. */
    static List<Permission> sorted(Collection<Permission> permissions) {
        return permissions.stream().sorted().toList();
    }
}
