package io.foyer.billing.api;

import io.foyer.billing.DocumentAlreadyPaid;
import io.foyer.billing.InsufficientBalance;
import io.foyer.billing.internal.BillingProblem;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Billing's refusals as RFC 9457 problem documents: bad fields 422, conflicts 409. */
@RestControllerAdvice(assignableTypes = BillingApiController.class)
class BillingApiProblems {

    /** A query parameter or body field with a value the API does not accept. */
    static class InvalidParameter extends RuntimeException {
        final String field;
        final String messageKey;

        InvalidParameter(String field, String messageKey) {
            super(messageKey, null, false, false);
            this.field = field;
            this.messageKey = messageKey;
        }
    }

    private final MessageSource messages;

    BillingApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalid(InvalidParameter e, Locale locale) {
        return fields(e.field, messages.getMessage(e.messageKey, null, e.messageKey, locale));
    }

    @ExceptionHandler(BillingProblem.class)
    ProblemDetail problem(BillingProblem e, Locale locale) {
        String text = messages.getMessage(
                e.messageKey(), e.args() == null || e.args().length == 0 ? null : e.args(), e.messageKey(), locale);
        if ("billing.error.renderingUnavailable".equals(e.messageKey())) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, text);
        }
        if (e.field() != null) {
            return fields(e.field(), text);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text);
        problem.setType(URI.create("urn:foyer:problem:" + e.messageKey()));
        return problem;
    }

    @ExceptionHandler(DocumentAlreadyPaid.class)
    ProblemDetail alreadyPaid(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("billing.error.alreadyPaid", null, locale));
        problem.setType(URI.create("urn:foyer:problem:billing.already-paid"));
        return problem;
    }

    @ExceptionHandler(InsufficientBalance.class)
    ProblemDetail insufficient(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("billing.error.insufficientBalance", null, locale));
        problem.setType(URI.create("urn:foyer:problem:billing.insufficient-balance"));
        return problem;
    }

    private static ProblemDetail fields(String field, String message) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.");
        problem.setType(URI.create("urn:foyer:problem:validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
