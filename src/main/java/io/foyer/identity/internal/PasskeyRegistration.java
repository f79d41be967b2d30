package io.foyer.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.registration.HttpSessionPublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering a passkey in two requests, as WebAuthn has it: the options (with a fresh challenge,
 * kept in the session) for the browser to create a credential with, then the browser's answer,
 * verified by Spring Security's relying party. Foyer's own endpoints rather than Spring Security's
 * registration filter, so that a recent password confirmation, the name's rules and the audit
 * event apply.
 */
@Service
public class PasskeyRegistration {

    public static final int MAX_LABEL = 60;

    public enum Result {
        ADDED,
        INVALID_LABEL,
        FAILED
    }

    private final JsonMapper json =
            JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private final HttpSessionPublicKeyCredentialCreationOptionsRepository pending =
            new HttpSessionPublicKeyCredentialCreationOptionsRepository();
    private final Passkeys passkeys;
    private final TwoFactorWeb web;

    PasskeyRegistration(Passkeys passkeys, TwoFactorWeb web) {
        this.passkeys = passkeys;
        this.web = web;
    }

    /** The creation options as JSON, remembered in the session for the answer. */
    public String options(HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        var options = passkeys.creationOptions(auth);
        pending.save(request, response, options);
        return json.writeValueAsString(options);
    }

    public Result register(
            TwoFactorWeb.Person person, String body, HttpServletRequest request, HttpServletResponse response) {
        var options = pending.load(request);
        pending.save(request, response, null);
        RelyingPartyPublicKey key;
        try {
            key = json.readValue(body, RelyingPartyPublicKey.class);
        } catch (RuntimeException unreadable) {
            return Result.FAILED;
        }
        String label = key.getLabel() == null ? "" : key.getLabel().strip();
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            return Result.INVALID_LABEL;
        }
        // The options were made for the user signed in then; never register to anyone else.
        if (options == null || !person.email().equals(options.getUser().getName())) {
            return Result.FAILED;
        }
        try {
            passkeys.register(options, new RelyingPartyPublicKey(key.getCredential(), label));
        } catch (RuntimeException invalid) {
            return Result.FAILED;
        }
        web.passkeyAdded(person, label, request);
        web.completeEnrolment(
                person.owner().isCustomer() ? SignInFlow.Realm.CUSTOMER : SignInFlow.Realm.STAFF, request, response);
        return Result.ADDED;
    }
}
