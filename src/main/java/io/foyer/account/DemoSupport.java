package io.foyer.account;

import java.util.List;
import java.util.Set;

/** Direct set-up of account data for demo data and benchmarks (no mails, no invitations). */
public interface DemoSupport {
    void completeAddress(
            long accountId,
            String profileType,
            String company,
            String street,
            String postalCode,
            String city,
            String country,
            String vatId);

    void addMember(long accountId, long userId, Set<Permission> permissions);

    long addContact(long accountId, String name, String company, String email);

    List<Long> customerNumbersOf(long userId);

    int port();
}
