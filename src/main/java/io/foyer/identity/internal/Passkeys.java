package io.foyer.identity.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * A customer user's passkeys, kept by Spring Security's JDBC repositories. Its WebAuthn user entity
 * is found by the user's email address, the name Spring Security looks users up by.
 */
@Component
public class Passkeys {

    public record Passkey(String id, String label, Instant created, Instant lastUsed) {}

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;
    private final WebAuthnRelyingPartyOperations relyingParty;

    Passkeys(
            PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials,
            WebAuthnRelyingPartyOperations relyingParty) {
        this.users = users;
        this.credentials = credentials;
        this.relyingParty = relyingParty;
    }

    List<Passkey> of(String email) {
        return records(email).stream()
                .map(r -> new Passkey(
                        r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(), r.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    boolean any(String email) {
        return !records(email).isEmpty();
    }

    PublicKeyCredentialCreationOptions creationOptions(Authentication user) {
        return relyingParty.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(user));
    }

    /**
     * Verifies the authenticator's answer to {@code options} and stores the new passkey.
     *
     * @throws RuntimeException when the answer does not verify (wrong challenge, origin, …)
     */
    CredentialRecord register(PublicKeyCredentialCreationOptions options, RelyingPartyPublicKey key) {
        return relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(options, key));
    }

    /** Removes the passkey if it is one of this user's; answers its label then. */
    Optional<String> remove(String email, String id) {
        Bytes credentialId;
        try {
            credentialId = Bytes.fromBase64(id);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        var entity = users.findByUsername(email);
        CredentialRecord record = credentials.findByCredentialId(credentialId);
        if (entity == null || record == null || !record.getUserEntityUserId().equals(entity.getId())) {
            return Optional.empty();
        }
        credentials.delete(credentialId);
        return Optional.of(record.getLabel());
    }

    /** The email of the user a passkey's user handle stands for, if any. */
    Optional<String> emailOf(Bytes userHandle) {
        var entity = users.findById(userHandle);
        return entity == null ? Optional.empty() : Optional.of(entity.getName());
    }

    private List<CredentialRecord> records(String email) {
        var entity = users.findByUsername(email);
        return entity == null ? List.of() : credentials.findByUserId(entity.getId());
    }
}
