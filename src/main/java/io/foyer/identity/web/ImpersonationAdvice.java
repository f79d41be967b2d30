package io.foyer.identity.web;

import io.foyer.identity.Impersonations;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The banner every customer page shows while staff view as a customer, and the read-only answer. */
@ControllerAdvice
class ImpersonationAdvice {

    private final Impersonations impersonations;

    ImpersonationAdvice(Impersonations impersonations) {
        this.impersonations = impersonations;
    }

    @ModelAttribute
    void banner(Model model) {
        impersonations.current().ifPresent(i -> model.addAttribute("impersonation", i));
    }

    @ExceptionHandler(ImpersonationGuard.ImpersonationReadOnly.class)
    String readOnly(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        banner(model);
        return "identity/impersonation-read-only";
    }
}
