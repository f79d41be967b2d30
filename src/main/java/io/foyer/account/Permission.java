package io.foyer.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What a member may do in an account. The owner has all of them. */
public enum Permission {
    /** Invoices, payments, payment methods. */
    BILLING,
    SERVICES,
    DOMAINS,
    /** Support tickets. */
    SUPPORT,
    /** Members and invitations. */
    USERS,
    /** Account data, contacts and settings. */
    SETTINGS;

    public static Set<Permission> parse(Collection<String> names) {
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        for (String name : names) {
            for (Permission p : values()) {
                if (p.name().equalsIgnoreCase(name)) {
                    set.add(p);
                }
            }
        }
        return set;
    }

    public String key() {
        return name().toLowerCase();
    }
}
