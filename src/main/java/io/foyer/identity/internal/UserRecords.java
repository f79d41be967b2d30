package io.foyer.identity.internal;

import io.foyer.identity.UserProfile;
import io.foyer.shared.db.SqlLike;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer-user table. */
@Repository
class UserRecords {

    static final String COLUMNS = "id, email, name, phone, language, email_verified_at, disabled";
    private final JdbcClient jdbc;

    UserRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from identity_user where lower(email) = lower(?)")
                        .param(email)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insert(String email, String passwordHash, String name, String language, Instant verifiedAt, Instant now) {
        return jdbc.sql(
                        """
                insert into identity_user (email, password_hash, name, language, email_verified_at, created_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        email,
                        passwordHash,
                        name,
                        language,
                        verifiedAt == null ? null : Timestamp.from(verifiedAt),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    Optional<UserProfile> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from identity_user where id = ?")
                .param(id)
                .query(UserRecords::map)
                .optional();
    }

    Optional<UserProfile> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from identity_user where lower(email) = lower(?)")
                .param(email)
                .query(UserRecords::map)
                .optional();
    }

    List<UserProfile> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from identity_user where id = any(?) order by name")
                .param(ids.toArray(Long[]::new))
                .query(UserRecords::map)
                .list();
    }

    List<UserProfile> search(String text, int limit) {
        String like = SqlLike.containing(text);
        return jdbc.sql("select " + COLUMNS
                        + " from identity_user where lower(email) like ? or lower(name) like ? order by id limit ?")
                .params(like, like, limit)
                .query(UserRecords::map)
                .list();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from identity_user where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    void updatePassword(long id, String hash) {
        jdbc.sql("update identity_user set password_hash = ? where id = ?")
                .params(hash, id)
                .update();
    }

    /** Sets the disabled flag; false when it had this value already (or there is no such user). */
    boolean setDisabled(long id, boolean disabled) {
        return jdbc.sql("update identity_user set disabled = ? where id = ? and disabled <> ?")
                        .params(disabled, id, disabled)
                        .update()
                > 0;
    }

    void markVerified(long id, Instant at) {
        jdbc.sql("update identity_user set email_verified_at = coalesce(email_verified_at, ?) where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    void updateProfile(long id, String name, String phone, String language) {
        jdbc.sql("update identity_user set name = ?, phone = ?, language = ? where id = ?")
                .params(name, phone, language, id)
                .update();
    }

    static UserProfile map(ResultSet rs, int row) throws SQLException {
        return new UserProfile(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("language"),
                rs.getTimestamp("email_verified_at") != null,
                rs.getBoolean("disabled"));
    }
}
