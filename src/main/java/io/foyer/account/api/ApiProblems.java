package io.foyer.account.api;

import io.foyer.account.internal.InvalidField;
import io.foyer.identity.EmailAlreadyRegistered;
import io.foyer.identity.PasswordRejected;
import io.foyer.shared.web.ForbiddenException;
import io.foyer.shared.web.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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
        return fieldProblem(
                List.of(Map.of("field", e.field(), "message", messages.getMessage(e.messageKey(), null, locale))));
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
        Locale locale = request.getLocale();
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, locale)))
                .toList();
        List<Map<String, String>> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(e -> Map.of("field", e.getObjectName(), "message", messages.getMessage(e, locale)))
                .toList();
        var all = new java.util.ArrayList<>(errors);
        all.addAll(global);
        return ResponseEntity.unprocessableEntity().body(fieldProblem(all));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this call."));
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
