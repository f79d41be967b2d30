package io.foyer.renewal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Billing runs and their figures, and the services they could not renew. */
@Repository
public class RunRecords {

    public record Run(
            long id,
            String trigger,
            Instant startedAt,
            Instant finishedAt,
            String status,
            int total,
            int examined,
            int requests,
            int paidFromBalance,
            int failures,
            int reminders,
            int suspended,
            int terminated,
            String error) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        /** Examined of total in percent, 0 to 100. */
        public int percent() {
            return total == 0 ? (running() ? 0 : 100) : Math.min(100, examined * 100 / total);
        }
    }

    public record Failure(long serviceId, long accountId, String reason, Instant at) {}

    /** What one batch added to a run's figures. */
    record Figures(
            int examined,
            int requests,
            int paidFromBalance,
            int failures,
            int reminders,
            int suspended,
            int terminated) {}

    private final JdbcClient jdbc;

    RunRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String trigger, Instant now) {
        return jdbc.sql("insert into renewal_run (trigger, started_at, heartbeat_at) values (?, ?, ?) returning id")
                .params(trigger, Timestamp.from(now), Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void total(long runId, long total) {
        jdbc.sql("update renewal_run set total = ? where id = ?")
                .params((int) Math.min(Integer.MAX_VALUE, total), runId)
                .update();
    }

    /** Marks runs whose process stopped updating them as failed; answers how many. */
    int interruptStale(Instant before, Instant now) {
        return jdbc.sql(
                        """
                update renewal_run set status = 'FAILED', error = 'interrupted', finished_at = ?
                where status = 'RUNNING' and heartbeat_at < ?""")
                .params(Timestamp.from(now), Timestamp.from(before))
                .update();
    }

    void add(long runId, Figures f, Instant now) {
        jdbc.sql(
                        """
                update renewal_run set examined = examined + ?, requests = requests + ?,
                    paid_from_balance = paid_from_balance + ?, failures = failures + ?, reminders = reminders + ?,
                    suspended = suspended + ?, terminated = terminated + ?, heartbeat_at = ?
                where id = ?""")
                .params(
                        f.examined(),
                        f.requests(),
                        f.paidFromBalance(),
                        f.failures(),
                        f.reminders(),
                        f.suspended(),
                        f.terminated(),
                        Timestamp.from(now),
                        runId)
                .update();
    }

    void failure(long runId, long serviceId, long accountId, String reason, Instant now) {
        jdbc.sql(
                        "insert into renewal_run_failure (run_id, service_id, account_id, reason, created_at) values (?, ?, ?, ?, ?)")
                .params(runId, serviceId, accountId, reason, Timestamp.from(now))
                .update();
    }

    void finish(long runId, String status, String error, Instant now) {
        jdbc.sql("update renewal_run set status = ?, error = ?, finished_at = ? where id = ?")
                .params(status, error, Timestamp.from(now), runId)
                .update();
    }

    public Optional<Run> find(long runId) {
        return jdbc.sql("select * from renewal_run where id = ?")
                .param(runId)
                .query(RunRecords::map)
                .optional();
    }

    public List<Run> latest(int limit) {
        return jdbc.sql("select * from renewal_run order by id desc limit ?")
                .param(limit)
                .query(RunRecords::map)
                .list();
    }

    public List<Failure> failures(long runId, int limit) {
        return jdbc.sql(
                        "select service_id, account_id, reason, created_at from renewal_run_failure where run_id = ? order by id limit ?")
                .params(runId, limit)
                .query((rs, n) -> new Failure(
                        rs.getLong("service_id"),
                        rs.getLong("account_id"),
                        rs.getString("reason"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static Run map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Run(
                rs.getLong("id"),
                rs.getString("trigger"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("status"),
                rs.getInt("total"),
                rs.getInt("examined"),
                rs.getInt("requests"),
                rs.getInt("paid_from_balance"),
                rs.getInt("failures"),
                rs.getInt("reminders"),
                rs.getInt("suspended"),
                rs.getInt("terminated"),
                rs.getString("error"));
    }
}
