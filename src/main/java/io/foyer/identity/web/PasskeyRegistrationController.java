package io.foyer.identity.web;

import io.foyer.identity.internal.PasskeyRegistration;
import io.foyer.identity.internal.SignInFlow.Realm;
import io.foyer.identity.internal.TwoFactorWeb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two JSON calls of {@code passkeys.js} when a customer adds a passkey. Answers in the
 * user's language; the script shows the message next to the name field.
 */
@RestController
class PasskeyRegistrationController {

    private final PasskeyRegistration registration;
    private final TwoFactorWeb web;
    private final MessageSource messages;

    PasskeyRegistrationController(PasskeyRegistration registration, TwoFactorWeb web, MessageSource messages) {
        this.registration = registration;
        this.web = web;
        this.messages = messages;
    }

    @PostMapping(value = "/profile/security/passkeys/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> options(HttpServletRequest request, HttpServletResponse response) {
        if (!web.recentlyAuthenticated(Realm.CUSTOMER, request)) {
            return reauthenticate();
        }
        return ResponseEntity.ok(registration.options(request, response));
    }

    @PostMapping(value = "/profile/security/passkeys", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> register(
            @RequestBody(required = false) String body,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        if (!web.recentlyAuthenticated(Realm.CUSTOMER, request)) {
            return reauthenticate();
        }
        var person = web.person().orElseThrow();
        var result = registration.register(person, body == null ? "" : body, request, response);
        return switch (result) {
            case ADDED -> ResponseEntity.ok(Map.of("redirect", "/profile/security?passkeyAdded"));
            case INVALID_LABEL -> ResponseEntity.unprocessableContent()
                    .body(Map.of(
                            "field",
                            "label",
                            "message",
                            messages.getMessage(
                                    "passkey.labelInvalid", new Object[] {PasskeyRegistration.MAX_LABEL}, locale)));
            case FAILED -> ResponseEntity.badRequest()
                    .body(Map.of("message", messages.getMessage("passkey.failed", null, locale)));
        };
    }

    private static ResponseEntity<Map<String, String>> reauthenticate() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Map.of("redirect", "/profile/reauthenticate?next=/profile/security"));
    }
}
