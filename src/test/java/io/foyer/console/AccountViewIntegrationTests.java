package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.identity.StaffRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AccountViewIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSupport accountSetup;

    @Test
    void showsContactSettingsMembersContactsAndAudit() {
        var owner = fixtures.owner("viewowner");
        var member = fixtures.member(owner.account(), "viewmember", Set.of(Permission.BILLING, Permission.DOMAINS));
        fixtures.contact(owner.account().id(), "Carla Contact");
        accountSetup.completeAddress(
                owner.account().id(),
                "BUSINESS",
                "Acme <Hosting> GmbH",
                "Main Street 1",
                "12345",
                "Berlin",
                "DE",
                "DE123456789");
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));

        var response = web.get("/console/accounts/" + owner.account().customerNumber());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("Customer number " + owner.account().customerNumber())
                .contains("Account contact and billing address")
                .contains("Acme &lt;Hosting&gt; GmbH")
                .contains("Business")
                .contains("Main Street 1")
                .contains("12345 Berlin")
                .contains("DE123456789")
                .contains(owner.email())
                .contains("Automatic renewal")
                .contains("EUR")
                // members: the owner with the badge, the member with exactly their permissions
                .contains("Owner viewowner")
                .contains(">Owner</span>")
                .contains(member.email())
                .contains(">Billing</span>")
                .contains(">Domains</span>")
                .contains("Carla Contact")
                // audit: the account's creation
                .contains("account.created")
                .contains("Time (UTC)")
                .contains("scope=\"col\"");
    }

    @Test
    void unknownOrMalformedCustomerNumbersAnswer404() {
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        for (String number : new String[] {"999999999999", "abc", "12x", "99999999999999999999999"}) {
            var response = web.get("/console/accounts/" + number);
            assertThat(response.status()).as(number).isEqualTo(404);
            assertThat(response.body()).as(number).contains("Not found").contains("Foyer staff console");
        }
    }
}
