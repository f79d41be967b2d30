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
class ConsoleLoginIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void loginPageHasLabelledFieldsInBothLanguages() {
        WebClient web = new WebClient(port);
        var page = web.get("/console/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1 class=\"h3 mb-3\">Staff login</h1>")
                .contains("<label class=\"form-label\" for=\"email\">Email</label>")
                .contains("name=\"email\"")
                .contains("<label class=\"form-label\" for=\"password\">Password</label>")
                .contains("name=\"password\"")
                .contains(">Log in</button>")
                .contains("Foyer staff console")
                .doesNotContain("role=\"alert\"");
        assertThat(web.get("/console/login?error").body())
                .contains("role=\"alert\"")
                .contains("Wrong email or password");
        assertThat(web.get("/console/login?logout").body()).contains("role=\"status\"");
        assertThat(web.get("/console/login?lang=de").body())
                .contains("Mitarbeiter-Anmeldung")
                .contains(">E-Mail</label>")
                .contains(">Passwort</label>");
    }

    @Test
    void staffLogsInSeesTheConsoleAndLogsOut() {
        String email = fixtures.staff(StaffRole.SUPPORT);
        WebClient web = ConsoleSessions.staff(port, email);

        var home = web.get("/console");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body())
                .contains("Foyer staff console")
                .contains("href=\"/console\"")
                .contains(">Customers</a>")
                .contains(">Mail log</a>")
                .contains(">Audit log</a>")
                .contains("Staff SUPPORT")
                .contains(">Support</span>")
                .contains("action=\"/console/logout\"")
                .contains("?lang=de");

        var logout = web.postForm("/console/logout");
        assertThat(logout.redirect()).endsWith("/console/login?logout");
        assertThat(web.get("/console").redirect()).endsWith("/console/login");
    }

    @Test
    void wrongPasswordUnknownStaffAndCustomerCredentialsAreRefused() {
        String staff = fixtures.staff(StaffRole.ADMIN);
        var customer = fixtures.owner("notstaff");
        assertThat(ConsoleSessions.consoleLogin(new WebClient(port), staff, "Wrong-Password-123")
                        .redirect())
                .endsWith("/console/login?error");
        assertThat(ConsoleSessions.consoleLogin(new WebClient(port), "nobody-" + staff, Fixtures.PASSWORD)
                        .redirect())
                .endsWith("/console/login?error");
        assertThat(ConsoleSessions.consoleLogin(new WebClient(port), customer.email(), Fixtures.PASSWORD)
                        .redirect())
                .endsWith("/console/login?error");
    }

    @Test
    void anonymousVisitorsAndCustomersAreSentToTheConsoleLogin() {
        assertThat(new WebClient(port).get("/console").redirect()).endsWith("/console/login");

        var customer = fixtures.owner("custnoconsole");
        WebClient web = ConsoleSessions.customer(port, customer.email());
        assertThat(web.get("/accounts/" + customer.account().id()).status()).isEqualTo(200);
        for (String path : new String[] {"/console", "/console/audit", "/console/mail"}) {
            var response = web.get(path);
            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.redirect()).as(path).endsWith("/console/login");
        }
        var number = customer.account().customerNumber();
        assertThat(web.get("/console/accounts/" + number).redirect()).endsWith("/console/login");
    }

    @Test
    void aStaffSessionIsNotACustomerSession() {
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        var accounts = web.get("/accounts");
        assertThat(accounts.status()).isEqualTo(302);
        assertThat(accounts.redirect()).endsWith("/login");
        assertThat(web.get("/console").status()).isEqualTo(200);
    }
}
