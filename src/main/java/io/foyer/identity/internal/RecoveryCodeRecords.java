package io.foyer.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use recovery codes ({@code identity_recovery_code}), by hash only. */
@Repository
class RecoveryCodeRecords {

    private final JdbcClient jdbc;

    RecoveryCodeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the owner's codes, used or not, and stores these instead. */
    void replace(FactorOwner owner, List<String> hashes, Instant now) {
        deleteAll(owner);
        for (String hash : hashes) {
            jdbc.sql("insert into identity_recovery_code (" + owner.column()
                            + ", code_hash, created_at) values (?, ?, ?)")
                    .params(owner.id(), hash, Timestamp.from(now))
                    .update();
        }
    }

    /** Uses up the code with this hash; one statement, so a code works once even when raced. */
    boolean use(FactorOwner owner, String hash, Instant now) {
        return jdbc.sql("update identity_recovery_code set used_at = ? where " + owner.column()
                                + " = ? and code_hash = ? and used_at is null")
                        .params(Timestamp.from(now), owner.id(), hash)
                        .update()
                > 0;
    }

    int remaining(FactorOwner owner) {
        return jdbc.sql("select count(*) from identity_recovery_code where " + owner.column()
                        + " = ? and used_at is null")
                .param(owner.id())
                .query(Integer.class)
                .single();
    }

    void deleteAll(FactorOwner owner) {
        jdbc.sql("delete from identity_recovery_code where " + owner.column() + " = ?")
                .param(owner.id())
                .update();
    }
}
