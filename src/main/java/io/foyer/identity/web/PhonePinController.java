package io.foyer.identity.web;

import io.foyer.identity.FoyerUser;
import io.foyer.identity.PhonePins;
import io.foyer.identity.internal.PhonePinManagement;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's phone PIN, which support asks for on the phone: set, change, remove, never shown. */
@Controller
class PhonePinController {

    private final PhonePinManagement pins;

    PhonePinController(PhonePinManagement pins) {
        this.pins = pins;
    }

    /** Typed twice, as it is never shown again. */
    record PinForm(String pin, String repeat) {}

    @GetMapping("/profile/phone-pin")
    String show(@AuthenticationPrincipal FoyerUser user, Model model) {
        return page(user, new PinForm("", ""), model);
    }

    @PostMapping("/profile/phone-pin")
    String set(
            @AuthenticationPrincipal FoyerUser user,
            @ModelAttribute("pinForm") PinForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        String pin = form.pin() == null ? "" : form.pin().strip();
        String repeat = form.repeat() == null ? "" : form.repeat().strip();
        if (!PhonePins.wellFormed(pin)) {
            errors.rejectValue("pin", "phonePin.format");
        } else if (!pin.equals(repeat)) {
            errors.rejectValue("repeat", "phonePin.mismatch");
        }
        if (errors.hasErrors()) {
            return page(user, form, model);
        }
        pins.set(user.id(), pin, ClientIp.of(request));
        flash.addFlashAttribute("pinSaved", true);
        return "redirect:/profile/phone-pin";
    }

    @PostMapping("/profile/phone-pin/remove")
    String remove(@AuthenticationPrincipal FoyerUser user, HttpServletRequest request, RedirectAttributes flash) {
        pins.remove(user.id(), ClientIp.of(request));
        flash.addFlashAttribute("pinRemoved", true);
        return "redirect:/profile/phone-pin";
    }

    private String page(FoyerUser user, PinForm form, Model model) {
        if (!model.containsAttribute("pinForm")) {
            model.addAttribute("pinForm", form);
        }
        model.addAttribute("pinChangedAt", pins.changedAt(user.id()).orElse(null));
        return "identity/phone-pin";
    }
}
