package io.foyer.console;

import io.foyer.account.Accounts;
import io.foyer.identity.LoginHistory;
import io.foyer.identity.UserProfile;
import io.foyer.identity.UserSessions;
import io.foyer.identity.Users;
import io.foyer.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A customer user's login history and active sessions, for every staff role (support needs them). */
@Controller
class UserSignInsController {

    static final int LOGINS_SHOWN = 50;
    private final Users users;
    private final LoginHistory logins;
    private final UserSessions sessions;
    private final Accounts accounts;

    UserSignInsController(Users users, LoginHistory logins, UserSessions sessions, Accounts accounts) {
        this.users = users;
        this.logins = logins;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @GetMapping("/console/users/{userId}/logins")
    String show(@PathVariable String userId, Model model) {
        UserProfile user = users.find(PathNumbers.parse(userId)).orElseThrow(NotFoundException::new);
        model.addAttribute("user", user);
        model.addAttribute("accounts", accounts.accountsOf(user.id()));
        model.addAttribute("sessions", sessions.of(user.id(), null));
        model.addAttribute("logins", logins.latest(user.id(), LOGINS_SHOWN));
        return "console/user-logins";
    }
}
