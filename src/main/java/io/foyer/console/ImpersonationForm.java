package io.foyer.console;

/**
 * "View as customer": which member to view as, why (audited, shown to the customer), and whether
 * changes are allowed (admins only; read-only otherwise).
 */
record ImpersonationForm(String userId, String reason, Boolean allowChanges) {

    static ImpersonationForm empty() {
        return new ImpersonationForm("", "", false);
    }

    // A Boolean: an unticked checkbox sends nothing, and a primitive could not be bound from that.
    boolean changesAllowed() {
        return Boolean.TRUE.equals(allowChanges);
    }

    String trimmedReason() {
        return reason == null ? "" : reason.strip();
    }
}
