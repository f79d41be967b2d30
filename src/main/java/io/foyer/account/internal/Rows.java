package io.foyer.account.internal;

import io.foyer.account.Permission;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/** Small conversions between rows and values. */
final class Rows {
    private Rows() {}

    static Set<Permission> permissions(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? Set.of() : Permission.parse(Arrays.asList((String[]) array.getArray()));
    }

    static String[] names(Collection<Permission> permissions) {
        return permissions.stream().sorted().map(Permission::name).toArray(String[]::new);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
