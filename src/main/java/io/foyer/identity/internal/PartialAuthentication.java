package io.foyer.identity.internal;

import io.foyer.identity.FoyerUser;
import io.foyer.identity.StaffUser;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A sign-in that got past the first factor but is not complete: the second factor is still to be
 * given ({@link Stage#SECOND_FACTOR}), or one must be set up first because the provider requires
 * it ({@link Stage#ENROLMENT}). It holds only a {@code ROLE_PENDING_*} authority, so every page
 * that needs a customer or a staff member stays closed, and its principal is deliberately not the
 * {@link FoyerUser} or {@link StaffUser}, so no code that asks "who is signed in?" mistakes it for
 * a sign-in. The finished authentication is kept inside and put in place once the step is done.
 */
final class PartialAuthentication extends AbstractAuthenticationToken {

    static final String SECOND_FACTOR_AUTHORITY = "ROLE_PENDING_SECOND_FACTOR";
    static final String ENROLMENT_AUTHORITY = "ROLE_PENDING_ENROLMENT";

    enum Stage {
        SECOND_FACTOR,
        ENROLMENT
    }

    /** What this half sign-in shows of itself: who, without being them. */
    record Pending(FactorOwner owner, String email, Stage stage) implements java.io.Serializable {}

    private final Authentication completed;
    private final Pending pending;
    private final Instant startedAt;

    PartialAuthentication(Authentication completed, FactorOwner owner, Stage stage, Instant startedAt) {
        super(List.of(new SimpleGrantedAuthority(
                stage == Stage.SECOND_FACTOR ? SECOND_FACTOR_AUTHORITY : ENROLMENT_AUTHORITY)));
        this.completed = completed;
        this.pending = new Pending(owner, ((UserDetails) completed.getPrincipal()).getUsername(), stage);
        this.startedAt = startedAt;
        setAuthenticated(true);
    }

    Authentication completed() {
        return completed;
    }

    Stage stage() {
        return pending.stage();
    }

    FactorOwner owner() {
        return pending.owner();
    }

    Instant startedAt() {
        return startedAt;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Pending getPrincipal() {
        return pending;
    }

    /** The email address: Spring Security's passkey support looks the user's passkeys up by it. */
    @Override
    public String getName() {
        return pending.email();
    }
}
