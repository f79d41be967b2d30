package io.foyer.identity.internal;

import io.foyer.identity.FoyerUser;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the customer user for a login name: an email address or a customer number. */
@Component
class CustomerUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final LoginNames loginNames;

    CustomerUserDetailsService(JdbcClient jdbc, LoginNames loginNames) {
        this.jdbc = jdbc;
        this.loginNames = loginNames;
    }

    @Override
    public FoyerUser loadUserByUsername(String loginName) {
        String name = loginName == null ? "" : loginName.trim();
        return loginNames
                .emailFor(name)
                .flatMap(this::byEmail)
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }

    private Optional<FoyerUser> byEmail(String email) {
        return jdbc.sql(
                        "select id, email, name, language, email_verified_at is not null, disabled, password_hash from identity_user where lower(email) = lower(?)")
                .param(email)
                .query((rs, n) -> map(rs))
                .optional();
    }

    private static FoyerUser map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FoyerUser(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getBoolean(6),
                rs.getString(7));
    }
}
