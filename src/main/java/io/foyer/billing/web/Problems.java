package io.foyer.billing.web;

import io.foyer.billing.internal.BillingProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Billing problems as translated text, for a page's alert or next to its field. */
@Component
class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    String text(BillingProblem problem) {
        return text(problem.messageKey(), problem.args());
    }

    String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args == null || args.length == 0 ? null : args, key, locale);
    }

    /** Next to the field when the form has it, else as an error of the whole form. */
    void reject(BindingResult errors, BillingProblem problem, String... fields) {
        String field = problem.field();
        if (field != null && java.util.Arrays.asList(fields).contains(field)) {
            errors.rejectValue(field, problem.messageKey(), problem.args(), text(problem));
        } else {
            errors.reject(problem.messageKey(), problem.args(), text(problem));
        }
    }
}
