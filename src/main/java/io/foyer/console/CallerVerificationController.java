package io.foyer.console;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.CodeWords;
import io.foyer.account.Member;
import io.foyer.identity.PhonePins;
import io.foyer.identity.SecretCheck;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.ClientIp;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Support checks what a caller says against the account's code word or a member's phone PIN and
 * learns only whether it matches. Every check goes through the brute-force guard and into the
 * audit log; input that cannot be a PIN or code word is sent back without counting as a guess.
 */
@Controller
class CallerVerificationController {

    private final Accounts accounts;
    private final CodeWords codeWords;
    private final PhonePins pins;
    private final AccountViewController view;

    CallerVerificationController(Accounts accounts, CodeWords codeWords, PhonePins pins, AccountViewController view) {
        this.accounts = accounts;
        this.codeWords = codeWords;
        this.pins = pins;
        this.view = view;
    }

    @PostMapping("/console/accounts/{customerNumber}/verify-caller")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.SUPPORT})
    String verify(
            @PathVariable String customerNumber,
            @AuthenticationPrincipal StaffUser staff,
            @ModelAttribute("verifyForm") VerifyCallerForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        AccountDetails account =
                accounts.byCustomerNumber(PathNumbers.parse(customerNumber)).orElseThrow(NotFoundException::new);
        boolean codeWord = VerifyCallerForm.ACCOUNT.equals(form.subject());
        Optional<Member> member = codeWord
                ? Optional.empty()
                : accounts.members(account.id()).stream()
                        .filter(m -> String.valueOf(m.userId()).equals(form.subject()))
                        .findFirst();
        String answer = form.trimmedAnswer();
        if (!codeWord && member.isEmpty()) {
            errors.rejectValue("subject", "console.verify.chooseSubject");
        } else if (answer.isEmpty()) {
            errors.rejectValue("answer", "validation.required");
        } else if (!codeWord && !PhonePins.wellFormed(answer)) {
            errors.rejectValue("answer", "console.verify.pinFormat");
        } else if (codeWord && answer.length() > 400) {
            errors.rejectValue("answer", "validation.tooLong");
        }
        if (errors.hasErrors()) {
            model.addAttribute("currentPath", "/console/accounts/" + account.customerNumber());
            return view.render(account, staff, model);
        }
        SecretCheck result = codeWord
                ? codeWords.check(account.id(), answer, StaffActors.of(staff, request))
                : pins.check(
                        member.get().userId(),
                        answer,
                        staff.id(),
                        ClientIp.of(request),
                        "account " + account.customerNumber());
        // Plain values only: flash attributes live in the session.
        flash.addFlashAttribute("verifyOutcome", result.outcome().name());
        flash.addFlashAttribute("verifyMinutes", result.minutesToWait());
        flash.addFlashAttribute(
                "verifySubject",
                codeWord ? "" : member.get().name() + " <" + member.get().email() + ">");
        return "redirect:/console/accounts/" + account.customerNumber() + "#verify-heading";
    }
}
