package io.foyer.identity.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Foyer as a WebAuthn relying party, with passkeys in the database so that every node knows them.
 * The relying-party id is the host of {@code foyer.base-url} and the allowed origin is its origin,
 * unless {@code foyer.passkeys.rp-id} and {@code foyer.passkeys.allowed-origins} say otherwise.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    @Bean
    PasskeyOrigins passkeyOrigins(
            @Value("${foyer.base-url}") String baseUrl,
            @Value("${foyer.passkeys.rp-id:}") String rpId,
            @Value("${foyer.passkeys.allowed-origins:}") String origins) {
        URI base = URI.create(baseUrl);
        String id = rpId.isBlank() ? base.getHost() : rpId.trim();
        Set<String> allowed = ConcurrentHashMap.newKeySet();
        if (origins.isBlank()) {
            allowed.add(origin(base));
        } else {
            Arrays.stream(origins.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(allowed::add);
        }
        return new PasskeyOrigins(id, allowed);
    }

    @Bean
    Webauthn4JRelyingPartyOperations relyingParty(
            PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials,
            PasskeyOrigins origins,
            @Value("${foyer.passkeys.rp-name:Foyer}") String rpName) {
        var operations = new Webauthn4JRelyingPartyOperations(
                users,
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(origins.rpId())
                        .name(rpName)
                        .build(),
                origins.allowed());
        // A passkey may be the only factor, so the authenticator must verify the person (PIN,
        // fingerprint), not just that someone touched it.
        operations.setCustomizeCreationOptions(
                options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(
                options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    private static String origin(URI uri) {
        boolean defaultPort = uri.getPort() < 0
                || ("https".equals(uri.getScheme()) && uri.getPort() == 443)
                || ("http".equals(uri.getScheme()) && uri.getPort() == 80);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + uri.getPort());
    }

    /**
     * The relying-party id and the origins assertions may come from. The set is read at every
     * ceremony, so it may grow after start-up: on {@code localhost} (development, tests) the port
     * the server really listens on is added, since {@code foyer.base-url} often names none.
     */
    record PasskeyOrigins(String rpId, Set<String> allowed) implements ApplicationListener<WebServerInitializedEvent> {

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if ("localhost".equals(rpId)) {
                allowed.add("http://localhost:" + event.getWebServer().getPort());
            }
        }
    }
}
