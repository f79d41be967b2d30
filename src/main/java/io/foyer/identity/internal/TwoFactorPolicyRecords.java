package io.foyer.identity.internal;

import io.foyer.identity.TwoFactorPolicy;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code identity_two_factor_policy}, read at every login (one indexed row). */
@Repository
class TwoFactorPolicyRecords implements TwoFactorPolicy {

    private final JdbcClient jdbc;
    private final Clock clock;

    TwoFactorPolicyRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Settings current() {
        return jdbc.sql("select staff_required, customers_required from identity_two_factor_policy where id = 1")
                .query((rs, n) -> new Settings(rs.getBoolean(1), rs.getBoolean(2)))
                .optional()
                .orElse(new Settings(false, false));
    }

    @Override
    public void change(Settings settings, long staffId) {
        jdbc.sql("update identity_two_factor_policy set staff_required = ?, customers_required = ?, updated_at = ?, "
                        + "updated_by = ? where id = 1")
                .params(
                        settings.staffRequired(),
                        settings.customersRequired(),
                        Timestamp.from(clock.instant()),
                        staffId)
                .update();
    }

    boolean requiredFor(FactorOwner owner) {
        Settings settings = current();
        return owner.isCustomer() ? settings.customersRequired() : settings.staffRequired();
    }
}
