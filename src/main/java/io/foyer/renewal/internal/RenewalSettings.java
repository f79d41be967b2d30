package io.foyer.renewal.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The provider's renewal and dunning settings (one row, edited by admins in the console). */
@Component
public class RenewalSettings {

    /**
     * @param leadDays how many days before a period ends its renewal is requested
     * @param reminderDays days relative to the due day (the first day of the new period) on which
     *     a reminder is mailed, ascending
     * @param graceDays days after the due day after which an unpaid service is suspended
     * @param terminationDays days after the due day after which an unpaid service is terminated
     */
    public record Values(int leadDays, List<Integer> reminderDays, int graceDays, int terminationDays) {

        public String reminderText() {
            return String.join(",", reminderDays.stream().map(String::valueOf).toList());
        }

        /** Parses "-3, 0, 7"; null when it is not a list of whole numbers between -60 and 365. */
        public static List<Integer> parseReminders(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            try {
                List<Integer> days = Arrays.stream(text.split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .distinct()
                        .sorted()
                        .toList();
                return days.stream().allMatch(d -> d >= -60 && d <= 365) && days.size() <= 10 ? days : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final JdbcClient jdbc;

    RenewalSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Values current() {
        return jdbc.sql("select * from renewal_settings where id = 1")
                .query((rs, n) -> new Values(
                        rs.getInt("lead_days"),
                        Values.parseReminders(rs.getString("reminder_days")),
                        rs.getInt("grace_days"),
                        rs.getInt("termination_days")))
                .single();
    }

    @Transactional
    public void save(Values values) {
        jdbc.sql(
                        """
                update renewal_settings set lead_days = ?, reminder_days = ?, grace_days = ?, termination_days = ?
                where id = 1""")
                .params(values.leadDays(), values.reminderText(), values.graceDays(), values.terminationDays())
                .update();
    }
}
