package io.foyer.account;

/** Who made a change, for the audit log. */
public record Actor(String kind, Long id, String name, String ip) {

    public static Actor user(long id, String email, String ip) {
        return new Actor("USER", id, email, ip);
    }

    public static Actor staff(long id, String email, String ip) {
        return new Actor("STAFF", id, email, ip);
    }

    public static Actor system() {
        return new Actor("SYSTEM", null, "system", null);
    }
}
