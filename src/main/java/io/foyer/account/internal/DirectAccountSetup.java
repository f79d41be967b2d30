package io.foyer.account.internal;

import io.foyer.account.AccountSummary;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class DirectAccountSetup implements DemoSupport {

    private final JdbcClient jdbc;
    private final MemberRecords members;
    private final ContactRecords contacts;
    private final AccountRecords accounts;
    private final Clock clock;
    private final int port;

    DirectAccountSetup(
            JdbcClient jdbc,
            MemberRecords members,
            ContactRecords contacts,
            AccountRecords accounts,
            Clock clock,
            @Value("${server.port:8080}") int port) {
        this.jdbc = jdbc;
        this.members = members;
        this.contacts = contacts;
        this.accounts = accounts;
        this.clock = clock;
        this.port = port;
    }

    @Override
    public void completeAddress(
            long accountId,
            String profileType,
            String company,
            String street,
            String postalCode,
            String city,
            String country,
            String vatId) {
        jdbc.sql(
                        "update account_account set profile_type = ?, company = ?, street = ?, postal_code = ?, city = ?, country = ?, vat_id = ? where id = ?")
                .params(profileType, company, street, postalCode, city, country, vatId, accountId)
                .update();
    }

    @Override
    public void addMember(long accountId, long userId, Set<Permission> permissions) {
        members.insert(accountId, userId, false, permissions, false, clock.instant());
    }

    @Override
    public long addContact(long accountId, String name, String company, String email) {
        return contacts.insert(
                accountId, new ContactData(name, company, null, null, null, null, email, null), clock.instant());
    }

    @Override
    public List<Long> customerNumbersOf(long userId) {
        return accounts.ofUser(userId).stream()
                .map(AccountSummary::customerNumber)
                .toList();
    }

    @Override
    public int port() {
        return port;
    }
}
