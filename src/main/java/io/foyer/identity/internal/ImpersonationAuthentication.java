package io.foyer.identity.internal;

import io.foyer.identity.FoyerUser;
import io.foyer.identity.Impersonation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The customer-side authentication of a staff member viewing as a customer: the user's own
 * authorities plus {@code ROLE_IMPERSONATED}, and the impersonation as details.
 */
final class ImpersonationAuthentication extends AbstractAuthenticationToken {

    private final FoyerUser user;
    private final Impersonation impersonation;

    ImpersonationAuthentication(FoyerUser user, Impersonation impersonation) {
        super(authorities(user));
        this.user = user;
        this.impersonation = impersonation;
        user.eraseCredentials();
        setDetails(impersonation);
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(FoyerUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("ROLE_IMPERSONATED"));
        return authorities;
    }

    Impersonation impersonation() {
        return impersonation;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
