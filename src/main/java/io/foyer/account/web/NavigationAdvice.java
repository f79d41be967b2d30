package io.foyer.account.web;

import io.foyer.account.Accounts;
import io.foyer.account.CurrentAccount;
import io.foyer.identity.FoyerUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every customer page what the header needs: the user's accounts and the current one. */
@ControllerAdvice
class NavigationAdvice {

    private final Accounts accounts;

    NavigationAdvice(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute
    void navigation(Model model, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/console")) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FoyerUser user) {
            model.addAttribute("navUser", user);
            model.addAttribute("navAccounts", accounts.accountsOf(user.id()));
            Object current = request.getAttribute(AccountAccessInterceptor.ATTRIBUTE);
            if (current instanceof CurrentAccount account) {
                model.addAttribute("current", account);
            }
        }
    }
}
