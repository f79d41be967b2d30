package io.foyer.account;

/** Writes to the append-only audit log of an account. */
public interface AuditLog {
    void record(Long accountId, Actor actor, String action, String detail);
}
