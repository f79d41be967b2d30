package io.foyer.account.web;

import io.foyer.account.AccountCreation;
import io.foyer.account.Actor;
import io.foyer.identity.EmailAlreadyRegistered;
import io.foyer.identity.PasswordRejected;
import io.foyer.identity.Users;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up: creates the user and their first account, with the user as owner, in one transaction. */
@Controller
class SignupController {

    private final Users users;
    private final AccountCreation accounts;
    private final TransactionTemplate tx;

    SignupController(Users users, AccountCreation accounts, TransactionTemplate tx) {
        this.users = users;
        this.accounts = accounts;
        this.tx = tx;
    }

    record SignupForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
            @NotBlank(message = "{validation.required}")
                    @Email(message = "{validation.email}")
                    @Size(max = 254, message = "{validation.tooLong}")
                    String email,
            @NotBlank(message = "{validation.required}") String password,
            Boolean terms) {

        SignupForm {
            email = email == null ? null : email.strip();
        }

        @AssertTrue(message = "{signup.termsRequired}")
        public boolean isTermsAccepted() {
            return Boolean.TRUE.equals(terms);
        }
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", new SignupForm("", "", "", false));
        return "account/signup";
    }

    @PostMapping("/signup")
    String signup(
            @Valid @ModelAttribute("form") SignupForm form,
            BindingResult errors,
            Locale locale,
            HttpServletRequest request) {
        if (errors.hasErrors()) {
            return "account/signup";
        }
        String language = "de".equals(locale.getLanguage()) ? "de" : "en";
        try {
            tx.executeWithoutResult(status -> {
                long userId = users.register(form.email().trim(), form.password(), form.name(), language);
                accounts.createFor(
                        userId,
                        form.name(),
                        form.email(),
                        language,
                        Actor.user(userId, form.email().trim(), ClientIp.of(request)));
            });
        } catch (PasswordRejected rejected) {
            errors.rejectValue("password", rejected.messageKey());
            return "account/signup";
        } catch (EmailAlreadyRegistered taken) {
            errors.rejectValue("email", "signup.emailTaken");
            return "account/signup";
        }
        return "redirect:/login?registered";
    }
}
