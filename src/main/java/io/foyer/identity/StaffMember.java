package io.foyer.identity;

/** A staff user as other modules list them (to pick an assignee, say). */
public record StaffMember(long id, String email, String name, StaffRole role) {}
