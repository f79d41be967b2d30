package io.foyer.support;

/** Who writes a message: a customer user (by user id) or a staff member (by staff id), with the name shown. */
public record Author(Kind kind, long id, String name) {

    public enum Kind {
        CUSTOMER,
        STAFF
    }

    public static Author customer(long userId, String name) {
        return new Author(Kind.CUSTOMER, userId, name);
    }

    public static Author staff(long staffId, String name) {
        return new Author(Kind.STAFF, staffId, name);
    }
}
