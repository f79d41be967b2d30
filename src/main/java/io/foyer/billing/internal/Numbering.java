package io.foyer.billing.internal;

import io.foyer.billing.DocumentKind;
import java.time.LocalDate;
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
        int year = NumberFormat.perYear(format) ? date.getYear() : 0;
        long value = jdbc.sql(
                        """
                insert into billing_number_counter (series, year, last_value) values (?, ?, 1)
                on conflict (series, year) do update set last_value = billing_number_counter.last_value + 1
                returning last_value""")
                .params(kind.name(), year)
                .query(Long.class)
                .single();
        return NumberFormat.format(format, date, value);
    }
}
