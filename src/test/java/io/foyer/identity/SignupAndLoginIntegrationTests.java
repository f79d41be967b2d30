package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SignupAndLoginIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void signupNeedsConfirmationThenLogsInByEmailOrCustomerNumber() {
        WebClient web = new WebClient(port);
        String email = Fixtures.uniqueEmail("signup");
        var signup = web.postForm(
                "/signup", "name", "Sam Signup", "email", email, "password", Fixtures.PASSWORD, "terms", "true");
        assertThat(signup.redirect()).endsWith("/login?registered");

        assertThat(new WebClient(port).login(email, Fixtures.PASSWORD).redirect())
                .endsWith("/login?unverified");

        String link = fixtures.latestLinkTo(email);
        assertThat(link).contains("/verify?token=");
        assertThat(web.get(link.substring(link.indexOf("/verify"))).body()).contains("confirmed");

        WebClient byEmail = new WebClient(port);
        assertThat(byEmail.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        var accounts = byEmail.get("/accounts");
        assertThat(accounts.status()).isEqualTo(302);
        String dashboard = byEmail.get(accounts.redirect()).body();
        String customerNumber = dashboard.replaceAll("(?s).*Customer number (\\d+).*", "$1");
        assertThat(customerNumber).matches("\\d+");

        WebClient byNumber = new WebClient(port);
        assertThat(byNumber.login(customerNumber, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        var owner = fixtures.owner("login");
        assertThat(new WebClient(port)
                        .login(owner.email(), "not-the-password-1")
                        .redirect())
                .endsWith("/login?error");
        assertThat(new WebClient(port)
                        .login("nobody-" + owner.email(), "not-the-password-1")
                        .redirect())
                .endsWith("/login?error");
    }

    @Test
    void signupRefusesCommonPasswordsAndTakenAddressesWithoutCreatingAnything() {
        var owner = fixtures.owner("taken");
        WebClient web = new WebClient(port);
        var common = web.postForm(
                "/signup",
                "name",
                "X",
                "email",
                Fixtures.uniqueEmail("weak"),
                "password",
                "qwertyuiop",
                "terms",
                "true");
        assertThat(common.status()).isEqualTo(200);
        assertThat(common.body()).contains("among the most common");
        var taken = web.postForm(
                "/signup", "name", "X", "email", owner.email(), "password", Fixtures.PASSWORD, "terms", "true");
        assertThat(taken.body()).contains("exists already");
    }
}
