package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.StaffRole;
import io.foyer.notification.MailLog;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class NewsletterIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MailLog mails;

    @Test
    void anAdministratorSendsTheNewsletterToSubscribersOnly() {
        var subscriber = fixtures.owner("console-news");
        WebClient customer = ConsoleSessions.customer(port, subscriber.email());
        customer.postForm(
                "/accounts/" + subscriber.account().id() + "/settings",
                "language",
                "de",
                "currency",
                "EUR",
                "newsletterOptIn",
                "true");

        WebClient admin = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        assertThat(admin.get("/console/newsletter").body()).contains("Accounts subscribed to the newsletter");
        var sent = admin.postForm(
                "/console/newsletter", "subject", "Neues Rechenzentrum", "body", "Ab Dezember in Frankfurt.");
        assertThat(sent.redirect()).endsWith("/console/newsletter");
        assertThat(admin.get("/console/newsletter").body()).contains("has been queued for");

        var mail = mails.latest(subscriber.email(), 1).get(0);
        assertThat(mail.subject()).isEqualTo("Neues Rechenzentrum");
        assertThat(mail.body())
                .contains("Ab Dezember in Frankfurt.")
                .contains("Mit einem Klick abbestellen")
                .contains("/unsubscribe/");
    }

    @Test
    void emptyFieldsAreRefusedAndOnlyAdministratorsMaySend() {
        WebClient admin = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        var empty = admin.postForm("/console/newsletter", "subject", " ", "body", "");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Please fill in this field.");

        WebClient support = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));
        assertThat(support.get("/console/newsletter").status()).isEqualTo(403);
        assertThat(support.postForm("/console/newsletter", "subject", "x", "body", "y")
                        .status())
                .isEqualTo(403);
    }
}
