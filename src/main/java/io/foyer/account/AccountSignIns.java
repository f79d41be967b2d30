package io.foyer.account;

import java.util.List;

/** The addresses members used the account from after signing in: "the last IPs that logged into it". */
public interface AccountSignIns {

    /** The newest distinct addresses, each with its latest time and member, newest first. */
    List<AccountSignIn> latest(long accountId, int limit);
}
