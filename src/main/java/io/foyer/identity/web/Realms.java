package io.foyer.identity.web;

import io.foyer.identity.StaffUser;
import io.foyer.identity.internal.SignInFlow.Realm;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;

/**
 * The two-factor pages serve customers and staff with one controller each: the path tells which,
 * and with it the layout, the base path of the forms and where the login is.
 */
final class Realms {

    private Realms() {}

    static Realm of(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/console/")
                ? Realm.STAFF
                : Realm.CUSTOMER;
    }

    static String securityPath(Realm realm) {
        return realm == Realm.STAFF ? "/console/security" : "/profile/security";
    }

    static String reauthenticationPath(Realm realm) {
        return realm == Realm.STAFF ? "/console/reauthenticate" : "/profile/reauthenticate";
    }

    /** What the shared templates need to render in the right layout. */
    static void describe(Realm realm, Model model) {
        boolean console = realm == Realm.STAFF;
        model.addAttribute("console", console);
        model.addAttribute("layout", console ? "console/layout" : "layout");
        model.addAttribute("securityPath", securityPath(realm));
        model.addAttribute("reauthenticationPath", reauthenticationPath(realm));
        model.addAttribute("loginPath", realm.loginPath);
        model.addAttribute("logoutPath", console ? "/console/logout" : "/logout");
        model.addAttribute("homePath", console ? "/console" : "/accounts");
        if (console
                && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof StaffUser staff) {
            // The console layout shows its navigation for a signed-in staff member only.
            model.addAttribute("staff", staff);
        }
    }
}
