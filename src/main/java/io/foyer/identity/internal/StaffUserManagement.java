package io.foyer.identity.internal;

import io.foyer.identity.PasswordPolicy;
import io.foyer.identity.StaffMember;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.identity.StaffUsers;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
class StaffUserManagement implements StaffUsers {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffUserManagement(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public long create(String email, String password, String name, StaffRole role) {
        PasswordPolicy.check(password, email);
        return jdbc.sql(
                        "insert into identity_staff_user (email, password_hash, name, role, created_at) values (?, ?, ?, ?, ?) returning id")
                .params(email, passwords.encode(password), name, role.name(), Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<Long> findIdByEmail(String email) {
        return jdbc.sql("select id from identity_staff_user where lower(email) = lower(?)")
                .param(email)
                .query(Long.class)
                .optional();
    }

    @Override
    public Optional<String> emailOf(long id) {
        return jdbc.sql("select email from identity_staff_user where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    @Override
    public List<StaffMember> active() {
        return jdbc.sql(
                        "select id, email, name, role from identity_staff_user where not disabled order by lower(name), id")
                .query((rs, n) -> new StaffMember(
                        rs.getLong(1), rs.getString(2), rs.getString(3), StaffRole.valueOf(rs.getString(4))))
                .list();
    }

    Optional<String> passwordHash(long staffId) {
        return jdbc.sql("select password_hash from identity_staff_user where id = ?")
                .param(staffId)
                .query(String.class)
                .optional();
    }

    UserDetailsService userDetailsService() {
        return email -> jdbc.sql(
                        "select id, email, name, role, disabled, password_hash from identity_staff_user where lower(email) = lower(?)")
                .param(email.trim())
                .query((rs, n) -> new StaffUser(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        StaffRole.valueOf(rs.getString(4)),
                        rs.getBoolean(5),
                        rs.getString(6)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown staff user"));
    }
}
