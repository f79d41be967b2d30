package io.foyer.billing.internal;

import io.foyer.billing.DocumentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free document numbers. The counter row is incremented in the issuing transaction and stays
 * locked until that transaction ends: if it rolls back, so does the increment, and the next
 * issuer gets the same number; concurrent issuers of one series wait for each other.
 */
@Component
class Numbering {

    private final JdbcClient jdbc;

    Numbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(DocumentKind kind, String format, LocalDate date) {
        return next(kind, format, date, 1).get(0);
    }

    /** The next {@code count} numbers of the series, taken as one block in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> next(DocumentKind kind, String format, LocalDate date, int count) {
        if (count == 0) {
            return List.of();
        }
        int year = NumberFormat.perYear(format) ? date.getYear() : 0;
        long last = jdbc.sql(
                        """
                insert into billing_number_counter (series, year, last_value) values (?, ?, ?)
                on conflict (series, year) do update set last_value = billing_number_counter.last_value + excluded.last_value
                returning last_value""")
                .params(kind.name(), year, count)
                .query(Long.class)
                .single();
        List<String> numbers = new ArrayList<>(count);
        for (long value = last - count + 1; value <= last; value++) {
            numbers.add(NumberFormat.format(format, date, value));
        }
        return numbers;
    }
}
