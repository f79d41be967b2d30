package io.foyer.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.support.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class BatchInsertIntegrationTests {

    private static final String TABLE =
            """
            create temp table batch_insert_probe (
                id bigint primary key, label text, amount numeric(19, 4), day date, at timestamptz,
                flag boolean, n integer) on commit drop""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rowsArriveExactlyAsGivenWhateverTheirText() {
        Instant at = Instant.parse("2026-11-22T23:59:58.123456Z");
        List<String> labels = List.of(
                "tab\there", "line\nbreak\r\nwindows", "back\\slash \\N \\.", "\\N", "Grüße – ☃ 𝄞", "", "a\u0001b");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Object[] {
                (long) i,
                labels.get(i),
                new BigDecimal("12.3450"),
                Date.valueOf(LocalDate.of(2026, 2, 28)),
                Timestamp.from(at),
                i % 2 == 0,
                i
            });
        }
        rows.add(new Object[] {99L, null, null, LocalDate.of(2024, 2, 29), at, null, null});

        List<Map<String, Object>> back = new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute(TABLE);
            BatchInsert.run(jdbc, "insert into batch_insert_probe (id, label, amount, day, at, flag, n)", rows);
            return jdbc.queryForList(
                    "select id, label, amount, day, at = ? as same_instant, flag, n"
                            + " from batch_insert_probe order by id",
                    Timestamp.from(at));
        });

        assertThat(back).hasSize(rows.size());
        for (int i = 0; i < labels.size(); i++) {
            Map<String, Object> row = back.get(i);
            assertThat(row.get("label")).isEqualTo(labels.get(i));
            assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("12.345");
            assertThat(row.get("day").toString()).isEqualTo("2026-02-28");
            assertThat(row.get("same_instant")).isEqualTo(true);
            assertThat(row.get("flag")).isEqualTo(i % 2 == 0);
            assertThat(row.get("n")).isEqualTo(i);
        }
        Map<String, Object> nulls = back.get(labels.size());
        assertThat(nulls.get("label")).isNull();
        assertThat(nulls.get("amount")).isNull();
        assertThat(nulls.get("day").toString()).isEqualTo("2024-02-29");
        assertThat(nulls.get("same_instant")).isEqualTo(true);
        assertThat(nulls.get("flag")).isNull();
    }

    @Test
    void aViolatedConstraintFailsTheWholeInsertLikeAnyStatement() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    jdbc.execute(TABLE);
                    BatchInsert.run(
                            jdbc,
                            "insert into batch_insert_probe (id, label)",
                            List.of(new Object[] {1L, "one"}, new Object[] {1L, "again"}));
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aValueWithoutAnUnambiguousTextFormIsRefusedBeforeAnythingIsSent() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Long count = tx.execute(status -> {
            jdbc.execute(TABLE);
            assertThatThrownBy(() -> BatchInsert.run(
                            jdbc,
                            "insert into batch_insert_probe (id, label)",
                            List.<Object[]>of(new Object[] {1L, new StringBuilder("x")})))
                    .isInstanceOf(IllegalArgumentException.class);
            return jdbc.queryForObject("select count(*) from batch_insert_probe", Long.class);
        });
        assertThat(count).isZero();
    }
}
