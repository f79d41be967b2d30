package io.foyer.identity.internal;

import io.foyer.identity.FoyerUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Signs a customer in with a passkey. Unlike Spring Security's own provider it answers with the
 * {@link FoyerUser} as principal, as a password login does, so the rest of Foyer sees no
 * difference. A passkey given at the second login step (or to confirm a change while signed in)
 * must belong to the user already half signed in: anyone else's passkey is refused there.
 */
class PasskeyAuthenticationProvider implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final CustomerUserDetailsService users;

    PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, CustomerUserDetailsService users) {
        this.relyingParty = relyingParty;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var request = (WebAuthnAuthenticationRequestToken) authentication;
        PublicKeyCredentialUserEntity entity;
        try {
            entity = relyingParty.authenticate(request.getWebAuthnRequest());
        } catch (RuntimeException invalid) {
            throw new BadCredentialsException("passkey not accepted", invalid);
        }
        FoyerUser user = users.loadUserByUsername(entity.getName());
        if (!user.isEnabled()) {
            throw new DisabledException("disabled");
        }
        if (!user.verified()) {
            throw new EmailNotVerified();
        }
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !isSameUser(current, user)) {
            throw new BadCredentialsException("passkey of another user");
        }
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
        user.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private static boolean isSameUser(Authentication current, FoyerUser user) {
        if (current instanceof PartialAuthentication partial) {
            return partial.owner().equals(FactorOwner.customer(user.id()));
        }
        Object principal = current.getPrincipal();
        // Anonymous visitors are not "current.isAuthenticated()" users in this sense either.
        return !(principal instanceof FoyerUser signedIn) || signedIn.id() == user.id();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
