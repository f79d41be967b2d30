package io.foyer.console;

import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.identity.TwoFactorPolicy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Provider-wide settings (admins only): whether staff and customers must use two-factor authentication. */
@Controller
@AllowedRoles(StaffRole.ADMIN)
class ConsoleSettingsController {

    private final TwoFactorPolicy policy;

    ConsoleSettingsController(TwoFactorPolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/console/settings")
    String show(Model model) {
        model.addAttribute("policy", policy.current());
        return "console/settings";
    }

    /** Unticked boxes are not sent at all, so a missing value means "not required". */
    @PostMapping("/console/settings")
    String save(
            @RequestParam(name = "staffRequired", defaultValue = "false") String staffRequired,
            @RequestParam(name = "customersRequired", defaultValue = "false") String customersRequired,
            @AuthenticationPrincipal StaffUser staff,
            RedirectAttributes flash) {
        policy.change(
                new TwoFactorPolicy.Settings("true".equals(staffRequired), "true".equals(customersRequired)),
                staff.id());
        flash.addFlashAttribute("saved", true);
        return "redirect:/console/settings";
    }
}
