package io.foyer.account.web;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.InvalidField;
import io.foyer.identity.FoyerUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in member's personal access tokens for this account. */
@Controller
@RequiresPermission
class TokensController {

    private final ApiTokens tokens;
    private final Clock clock;

    TokensController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record TokenForm(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
            Set<Permission> permissions,
            @Min(value = 1, message = "{tokens.validity}") @Max(value = 730, message = "{tokens.validity}")
                    Integer validDays) {}

    @GetMapping("/accounts/{accountId}/tokens")
    String list(CurrentAccount current, Model model) {
        model.addAttribute("form", new TokenForm("", EnumSet.noneOf(Permission.class), 90));
        return prepare(current, model);
    }

    @PostMapping("/accounts/{accountId}/tokens")
    String create(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request) {
        if (!errors.hasErrors()) {
            try {
                var expires = form.validDays() == null ? null : clock.instant().plus(Duration.ofDays(form.validDays()));
                var created = tokens.create(
                        current.accountId(),
                        user.id(),
                        form.name(),
                        form.permissions() == null ? Set.of() : form.permissions(),
                        expires,
                        WebActors.of(user, request));
                model.addAttribute("createdSecret", created.secret());
                model.addAttribute("form", new TokenForm("", EnumSet.noneOf(Permission.class), 90));
            } catch (InvalidField invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        return prepare(current, model);
    }

    @PostMapping("/accounts/{accountId}/tokens/{tokenId}/revoke")
    String revoke(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long tokenId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        tokens.revoke(current.accountId(), user.id(), tokenId, WebActors.of(user, request));
        flash.addFlashAttribute("revoked", true);
        return "redirect:/accounts/" + current.accountId() + "/tokens";
    }

    private String prepare(CurrentAccount current, Model model) {
        model.addAttribute("tokens", tokens.ofMember(current.accountId(), current.userId()));
        model.addAttribute(
                "grantable",
                Arrays.stream(Permission.values()).filter(current::can).toList());
        model.addAttribute("now", clock.instant());
        return "account/tokens";
    }
}
