package io.foyer.account;

import java.util.List;

/** Where an account may be used from, for those who look at it from outside (the staff console). */
public interface AccessRestrictions {

    /** The account's allowed IP ranges in CIDR notation; empty when every address is allowed. */
    List<String> allowedIpRanges(long accountId);
}
