package io.foyer.account;

/** Writes to the append-only audit log of an account. */
public interface AuditLog {
    void record(Long accountId, Actor actor, String action, String detail);

    /** One entry of {@link #recordAll}. */
    record Note(Long accountId, String action, String detail) {}

    /** Many entries by one actor in one statement (the billing run audits thousands at a time). */
    void recordAll(Actor actor, java.util.List<Note> notes);
}
