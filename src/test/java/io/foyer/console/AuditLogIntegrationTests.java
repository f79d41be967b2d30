package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.StaffRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuditLogIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void listsTheNewestEntriesOfAllAccountsLinkedToTheirAccount() {
        var first = fixtures.owner("auditfirst");
        var second = fixtures.owner("auditsecond");
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));

        var response = web.get("/console/audit");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("<h1 class=\"h3 mb-3\">Audit log</h1>")
                .contains("account.created")
                .contains("Account created")
                .contains("href=\"/console/accounts/" + first.account().customerNumber() + "\"")
                .contains("href=\"/console/accounts/" + second.account().customerNumber() + "\"")
                .contains("aria-current=\"page\">Audit log</a>");
    }
}
