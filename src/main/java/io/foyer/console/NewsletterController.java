package io.foyer.console;

import io.foyer.account.Newsletters;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sending the provider's newsletter to the accounts that subscribed; administrators only. */
@Controller
@AllowedRoles(StaffRole.ADMIN)
class NewsletterController {

    private final Newsletters newsletters;

    NewsletterController(Newsletters newsletters) {
        this.newsletters = newsletters;
    }

    record NewsletterForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                    String subject,
            @NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.tooLong}")
                    String body) {}

    @GetMapping("/console/newsletter")
    String form(Model model) {
        model.addAttribute("form", new NewsletterForm("", ""));
        model.addAttribute("subscribers", newsletters.subscribers());
        return "console/newsletter";
    }

    @PostMapping("/console/newsletter")
    String send(
            @AuthenticationPrincipal StaffUser staff,
            @Valid @ModelAttribute("form") NewsletterForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            model.addAttribute("subscribers", newsletters.subscribers());
            return "console/newsletter";
        }
        flash.addFlashAttribute(
                "sent", newsletters.send(form.subject().strip(), form.body(), StaffActors.of(staff, request)));
        return "redirect:/console/newsletter";
    }
}
