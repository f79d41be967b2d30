package io.foyer.account.web;

import io.foyer.account.Actor;
import io.foyer.identity.FoyerUser;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;

final class WebActors {
    private WebActors() {}

    static Actor of(FoyerUser user, HttpServletRequest request) {
        return Actor.user(user.id(), user.email(), ClientIp.of(request));
    }
}
