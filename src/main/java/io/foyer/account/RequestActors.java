package io.foyer.account;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who acts in a request to an account-scoped page or API call, for the audit log: the member, or
 * the staff member who views the account as that member.
 */
public interface RequestActors {
    Actor of(CurrentAccount current, HttpServletRequest request);
}
