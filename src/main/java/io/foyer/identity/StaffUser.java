package io.foyer.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in member of the provider's staff (console only). */
public final class StaffUser implements UserDetails, CredentialsContainer {

    // Kept in the session database across releases: a fixed version lets a session written by the
    // previous release still be read after an update that adds a field.
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String name;
    private final StaffRole role;
    private final boolean disabled;
    private String passwordHash;

    public StaffUser(long id, String email, String name, StaffRole role, boolean disabled, String passwordHash) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.role = role;
        this.disabled = disabled;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public StaffRole role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return !disabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
