package io.foyer.shared.db;

import java.util.Locale;

/** Case-insensitive "contains" patterns for SQL {@code LIKE}, with the user's wildcards taken literally. */
public final class SqlLike {

    private SqlLike() {}

    /** {@code %text%} in lower case, with {@code \}, {@code %} and {@code _} escaped; compare with {@code lower(column) like ?}. */
    public static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
