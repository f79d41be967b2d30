package io.foyer.identity.web;

import io.foyer.identity.FoyerUser;
import io.foyer.identity.LoginHistory;
import io.foyer.identity.UserSessions;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's sessions, with a way to end them, and their recent sign-ins. */
@Controller
class SessionsController {

    static final int LOGINS_SHOWN = 30;
    private final UserSessions sessions;
    private final LoginHistory logins;

    SessionsController(UserSessions sessions, LoginHistory logins) {
        this.sessions = sessions;
        this.logins = logins;
    }

    @GetMapping("/profile/sessions")
    String show(@AuthenticationPrincipal FoyerUser user, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.of(user.id(), currentSessionId(request)));
        model.addAttribute("logins", logins.latest(user.id(), LOGINS_SHOWN));
        return "identity/sessions";
    }

    @PostMapping("/profile/sessions/{id}/end")
    String end(
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable String id,
            HttpServletRequest request,
            RedirectAttributes flash) {
        // An unknown handle is a session that has ended meanwhile: the list just shows it gone.
        flash.addFlashAttribute(sessions.end(user.id(), id, ClientIp.of(request)) ? "ended" : "gone", true);
        return "redirect:/profile/sessions";
    }

    @PostMapping("/profile/sessions/end-others")
    String endOthers(@AuthenticationPrincipal FoyerUser user, HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute(
                "endedOthers", sessions.endOthers(user.id(), currentSessionId(request), ClientIp.of(request)));
        return "redirect:/profile/sessions";
    }

    private static String currentSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
