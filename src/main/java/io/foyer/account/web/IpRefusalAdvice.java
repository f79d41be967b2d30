package io.foyer.account.web;

import io.foyer.account.internal.IpNotAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page a member sees when an account's allowed IP ranges keep them out: 403 with the account,
 * their address and what to do, and the header's account menu so the other accounts stay reachable.
 * (The API answers with a problem document instead; see {@code ApiProblems}.)
 */
@ControllerAdvice(annotations = Controller.class)
class IpRefusalAdvice {

    private final NavigationAdvice navigation;

    IpRefusalAdvice(NavigationAdvice navigation) {
        this.navigation = navigation;
    }

    @ExceptionHandler(IpNotAllowed.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(IpNotAllowed refusal, Model model, HttpServletRequest request) {
        // An exception handler's model gets none of the @ModelAttribute methods: add what the layout needs.
        navigation.navigation(model, request);
        model.addAttribute("currentPath", request.getRequestURI());
        model.addAttribute("refusal", refusal);
        return "account/ip-refused";
    }
}
