package io.foyer.account.web;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AllowedIpRanges;
import io.foyer.account.internal.CodeWordManagement;
import io.foyer.account.internal.InvalidField;
import io.foyer.account.internal.IpRangeSettings;
import io.foyer.identity.FoyerUser;
import io.foyer.shared.net.IpAddress;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account's security settings: where members may use it from, and the code word for support. */
@Controller
@RequiresPermission(Permission.SETTINGS)
class AccountSecurityController {

    static final String PAGE = "account/security";

    private final IpRangeSettings ipRanges;
    private final CodeWordManagement codeWords;
    private final SecurityPageModel page;

    AccountSecurityController(IpRangeSettings ipRanges, CodeWordManagement codeWords, SecurityPageModel page) {
        this.ipRanges = ipRanges;
        this.codeWords = codeWords;
        this.page = page;
    }

    /** Typed twice, as it is never shown again. */
    record CodeWordForm(String codeWord, String repeat) {}

    /** The text area as typed, and the box a member ticks to shut out their own address knowingly. */
    record IpRangesForm(String ranges, Boolean confirmLockout) {
        IpRangesForm {
            confirmLockout = Boolean.TRUE.equals(confirmLockout);
        }
    }

    @GetMapping("/accounts/{accountId}/settings/security")
    String show(CurrentAccount current, Model model, HttpServletRequest request) {
        model.addAttribute(
                "ipForm", new IpRangesForm(ipRanges.of(current.accountId()).lines(), false));
        return page.prepare(current, model, request);
    }

    @PostMapping("/accounts/{accountId}/settings/ip-ranges")
    String saveIpRanges(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @ModelAttribute("ipForm") IpRangesForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Optional<IpAddress> client = ClientIp.address(request);
        try {
            AllowedIpRanges ranges = AllowedIpRanges.fromLines(form.ranges());
            ipRanges.change(current.accountId(), ranges, client, form.confirmLockout(), WebActors.of(user, request));
            if (!ranges.allow(client)) {
                flash.addFlashAttribute("lockedOut", current.displayName());
                return "redirect:/accounts";
            }
            flash.addFlashAttribute("ipRangesSaved", true);
            return "redirect:/accounts/" + current.accountId() + "/settings/security";
        } catch (AllowedIpRanges.Invalid invalid) {
            for (AllowedIpRanges.Problem problem : invalid.problems()) {
                if (problem.position() < 0) {
                    errors.rejectValue("ranges", "ipRanges.list", new Object[] {problem.message()}, null);
                } else {
                    errors.rejectValue(
                            "ranges", "ipRanges.line", new Object[] {problem.position(), problem.message()}, null);
                }
            }
        } catch (InvalidField lockout) {
            errors.rejectValue(lockout.field(), lockout.messageKey(), lockout.arguments(), null);
            model.addAttribute("lockoutWarning", true);
        }
        return page.prepare(current, model, request);
    }

    @PostMapping("/accounts/{accountId}/settings/code-word")
    String setCodeWord(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @ModelAttribute("codeWordForm") CodeWordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        if (!Objects.equals(form.codeWord(), form.repeat())) {
            errors.rejectValue("repeat", "codeWord.mismatch");
        } else {
            try {
                codeWords.set(current.accountId(), form.codeWord(), WebActors.of(user, request));
                flash.addFlashAttribute("codeWordSaved", true);
                return "redirect:/accounts/" + current.accountId() + "/settings/security";
            } catch (InvalidField invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), null);
            }
        }
        return page.prepare(current, model, request);
    }

    @PostMapping("/accounts/{accountId}/settings/code-word/remove")
    String removeCodeWord(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            HttpServletRequest request,
            RedirectAttributes flash) {
        codeWords.remove(current.accountId(), WebActors.of(user, request));
        flash.addFlashAttribute("codeWordRemoved", true);
        return "redirect:/accounts/" + current.accountId() + "/settings/security";
    }
}
