package io.foyer.account.web;

import io.foyer.account.Accounts;
import io.foyer.account.CurrentAccount;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.Impersonation;
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
            var mine = accounts.accountsOf(user.id());
            if (auth.getDetails() instanceof Impersonation impersonation) {
                mine = mine.stream()
                        .filter(a -> a.id() == impersonation.accountId())
                        .toList();
            }
            model.addAttribute("navAccounts", mine);
            Object current = request.getAttribute(AccountAccessInterceptor.ATTRIBUTE);
            if (current instanceof CurrentAccount account) {
                model.addAttribute("current", account);
            }
        }
    }
}
