package io.foyer.account.web;

import io.foyer.account.AccountSummary;
import io.foyer.account.CurrentAccount;
import io.foyer.account.internal.AccessCheck;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.Impersonation;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every customer page what the header needs: the user's accounts, which of them the
 * account's allowed IP ranges keep closed from here, and the current one.
 */
@ControllerAdvice
class NavigationAdvice {

    private final AccessCheck access;

    NavigationAdvice(AccessCheck access) {
        this.access = access;
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
            List<AccessCheck.AccountChoice> choices = access.choices(user.id(), ClientIp.address(request));
            if (auth.getDetails() instanceof Impersonation impersonation) {
                // Only the one account opened; the IP ranges restrict members, not staff.
                choices = choices.stream()
                        .filter(c -> c.account().id() == impersonation.accountId())
                        .map(c -> new AccessCheck.AccountChoice(c.account(), true))
                        .toList();
            }
            List<AccountSummary> accounts =
                    choices.stream().map(AccessCheck.AccountChoice::account).toList();
            Set<Long> unreachable = choices.stream()
                    .filter(c -> !c.reachable())
                    .map(c -> c.account().id())
                    .collect(Collectors.toSet());
            model.addAttribute("navAccounts", accounts);
            model.addAttribute("navUnreachable", unreachable);
            model.addAttribute("clientIp", ClientIp.display(request));
            Object current = request.getAttribute(AccountAccessInterceptor.ATTRIBUTE);
            if (current instanceof CurrentAccount account) {
                model.addAttribute("current", account);
            }
        }
    }
}
