package io.foyer.account.internal;

/**
 * A member tried to use an account from outside its allowed IP ranges. Answered with 403 and an
 * explanation rather than 404: the member knows the account exists, and needs to know why it is
 * closed to them here and what to do about it.
 */
public class IpNotAllowed extends RuntimeException {

    private final long accountId;
    private final long customerNumber;
    private final String displayName;
    private final String clientIp;

    IpNotAllowed(long accountId, long customerNumber, String displayName, String clientIp) {
        super("client address outside the account's allowed IP ranges", null, false, false);
        this.accountId = accountId;
        this.customerNumber = customerNumber;
        this.displayName = displayName;
        this.clientIp = clientIp;
    }

    public long accountId() {
        return accountId;
    }

    public long customerNumber() {
        return customerNumber;
    }

    public String displayName() {
        return displayName;
    }

    /** The address as understood, or {@code null} when the container reported none that could be read. */
    public String clientIp() {
        return clientIp;
    }
}
