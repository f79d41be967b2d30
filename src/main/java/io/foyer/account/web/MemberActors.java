package io.foyer.account.web;

import io.foyer.account.Actor;
import io.foyer.account.CurrentAccount;
import io.foyer.account.RequestActors;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of a page request (signed-in user or staff viewing as them) or of an API call (token's user). */
@Component
class MemberActors implements RequestActors {

    private final Users users;

    MemberActors(Users users) {
        this.users = users;
    }

    @Override
    public Actor of(CurrentAccount current, HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FoyerUser user && user.id() == current.userId()) {
            return WebActors.of(user, request);
        }
        String email = users.find(current.userId()).map(UserProfile::email).orElse("user " + current.userId());
        return Actor.user(current.userId(), email, ClientIp.of(request));
    }
}
