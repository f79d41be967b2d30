package io.foyer.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The authenticator-app secrets ({@code identity_totp}). */
@Repository
class TotpRecords {

    record Row(String secret, boolean confirmed, Long lastStep) {}

    private final JdbcClient jdbc;

    TotpRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(FactorOwner owner) {
        return jdbc.sql("select secret, confirmed_at is not null, last_step from identity_totp where " + owner.column()
                        + " = ?")
                .param(owner.id())
                .query((rs, n) -> new Row(rs.getString(1), rs.getBoolean(2), (Long) rs.getObject(3)))
                .optional();
    }

    boolean enabled(FactorOwner owner) {
        return find(owner).filter(Row::confirmed).isPresent();
    }

    /**
     * Keeps a new secret as a pending enrolment, replacing an earlier pending one; answers false
     * (and changes nothing) when an enrolment is confirmed already.
     */
    boolean savePending(FactorOwner owner, String secret, Instant now) {
        String column = owner.column();
        return jdbc.sql("insert into identity_totp (" + column + ", secret, created_at) values (?, ?, ?) "
                                + "on conflict (" + column + ") where " + column + " is not null "
                                + "do update set secret = excluded.secret, created_at = excluded.created_at, last_step = null "
                                + "where identity_totp.confirmed_at is null")
                        .params(owner.id(), secret, Timestamp.from(now))
                        .update()
                > 0;
    }

    /**
     * Switches the pending enrolment on, if it is still the one with this secret (another tab may
     * have started a new one), remembering the step whose code confirmed it.
     */
    boolean confirm(FactorOwner owner, String secret, long step, Instant now) {
        return jdbc.sql("update identity_totp set confirmed_at = ?, last_step = ? where " + owner.column()
                                + " = ? and secret = ? and confirmed_at is null")
                        .params(Timestamp.from(now), step, owner.id(), secret)
                        .update()
                > 0;
    }

    /**
     * Records that a code of this step was accepted, if it is later than every step accepted
     * before. One statement, so two nodes given the same code concurrently cannot both accept it.
     */
    boolean acceptStep(FactorOwner owner, long step) {
        return jdbc.sql("update identity_totp set last_step = ? where " + owner.column()
                                + " = ? and confirmed_at is not null and (last_step is null or last_step < ?)")
                        .params(step, owner.id(), step)
                        .update()
                > 0;
    }

    boolean delete(FactorOwner owner) {
        return jdbc.sql("delete from identity_totp where " + owner.column() + " = ?")
                        .param(owner.id())
                        .update()
                > 0;
    }
}
