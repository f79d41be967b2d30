package io.foyer.shared.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with multi-row {@code INSERT … VALUES (…), (…)} statements, as many rows per
 * statement as PostgreSQL's parameter limit allows: one round trip and one parse for hundreds of
 * rows, which is what makes bulk work (the billing run) fast. Nulls are sent untyped and take the
 * column's type.
 */
public final class BatchInsert {

    /** PostgreSQL takes at most 65,535 parameters per statement; stay well below. */
    private static final int MAX_PARAMETERS = 30_000;

    private BatchInsert() {}

    /**
     * @param insertInto {@code insert into table (columns)} without the values
     * @param rows one array per row, as many values as columns, in their order
     */
    public static void run(JdbcTemplate jdbc, String insertInto, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length;
        int perStatement = Math.max(1, MAX_PARAMETERS / columns);
        String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            String sql =
                    insertInto + " values " + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
            jdbc.update(sql, (PreparedStatement ps) -> {
                int i = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        set(ps, i++, value);
                    }
                }
            });
        }
    }

    private static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    /** The next {@code count} values of the sequence behind {@code table.id}, in one query. */
    public static List<Long> ids(JdbcTemplate jdbc, String table, int count) {
        return jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, count);
    }
}
