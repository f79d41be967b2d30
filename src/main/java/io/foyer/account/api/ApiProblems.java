package io.foyer.account.api;

import io.foyer.account.internal.AllowedIpRanges;
import io.foyer.account.internal.InvalidField;
import io.foyer.account.internal.IpNotAllowed;
import io.foyer.identity.EmailAlreadyRegistered;
import io.foyer.identity.PasswordRejected;
import io.foyer.shared.web.ForbiddenException;
import io.foyer.shared.web.NotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Every API error as an RFC 9457 problem document; validation errors list the fields. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource.");
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden() {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "The token or member lacks the permission for this call.");
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField e, Locale locale) {
        return fieldProblem(List.of(
                Map.of("field", e.field(), "message", messages.getMessage(e.messageKey(), e.arguments(), locale))));
    }

    /** Each wrong entry of a list of IP ranges as an error of its own, named by its index. */
    @ExceptionHandler(AllowedIpRanges.Invalid.class)
    ProblemDetail invalidIpRanges(AllowedIpRanges.Invalid e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (AllowedIpRanges.Problem problem : e.problems()) {
            errors.add(Map.of(
                    "field",
                    problem.position() < 0 ? "ranges" : "ranges[" + problem.position() + "]",
                    "message",
                    messages.getMessage(problem.message(), locale)));
        }
        return fieldProblem(errors);
    }

    @ExceptionHandler(IpNotAllowed.class)
    ProblemDetail ipNotAllowed(IpNotAllowed e, Locale locale) {
        return ipNotAllowed(e, messages, locale);
    }

    /** Also written by the token filter, which refuses a token outside its account's ranges before any handler. */
    static ProblemDetail ipNotAllowed(IpNotAllowed e, MessageSource messages, Locale locale) {
        String address = e.clientIp() == null ? "?" : e.clientIp();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                messages.getMessage(
                        "ipRefused.api", new Object[] {String.valueOf(e.customerNumber()), address}, locale));
        problem.setType(URI.create("urn:foyer:problem:ip-not-allowed"));
        problem.setTitle("Address not allowed");
        problem.setProperty("clientIp", e.clientIp());
        return problem;
    }

    @ExceptionHandler(PasswordRejected.class)
    ProblemDetail passwordRejected(PasswordRejected e, Locale locale) {
        return fieldProblem(
                List.of(Map.of("field", "password", "message", messages.getMessage(e.messageKey(), null, locale))));
    }

    @ExceptionHandler(EmailAlreadyRegistered.class)
    ProblemDetail emailTaken(Locale locale) {
        return fieldProblem(
                List.of(Map.of("field", "email", "message", messages.getMessage("signup.emailTaken", null, locale))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(e -> errors.add(
                        Map.of("field", fieldName(e.getField()), "message", messages.getMessage(e, locale))));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(
                        e -> errors.add(Map.of("field", e.getObjectName(), "message", messages.getMessage(e, locale))));
        return ResponseEntity.unprocessableEntity().body(fieldProblem(errors));
    }

    /**
     * A body that is JSON but has a value of the wrong type (a text for a number, an unknown
     * permission) is a field error; a missing or malformed body is a bad request.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            Class<?> target = mismatch.getTargetType();
            String message = target != null && target.isEnum()
                    ? messages.getMessage(
                            "api.oneOf",
                            new Object[] {
                                Arrays.stream(target.getEnumConstants())
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(", "))
                            },
                            locale)
                    : messages.getMessage("api.invalidValue", null, locale);
            return ResponseEntity.unprocessableEntity()
                    .body(fieldProblem(List.of(Map.of("field", path(mismatch.getPath()), "message", message))));
        }
        String detail = ex.getCause() == null
                ? "This call needs a JSON request body."
                : "The request body is not valid JSON for this call.";
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    /** A path id that is not a number names no object: the same 404 as an unknown id. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound());
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    /** Cross-field checks ({@code @AssertTrue} methods), named after the field a client has to correct. */
    static final Map<String, String> CROSS_FIELD_CHECKS =
            Map.of("companyGivenForBusiness", "company", "countryKnown", "country");

    private static String fieldName(String property) {
        return CROSS_FIELD_CHECKS.getOrDefault(property, property);
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemDetail fieldProblem(List<Map<String, String>> errors) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.");
        problem.setType(URI.create("urn:foyer:problem:validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
