package io.foyer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.account.Actor;
import io.foyer.account.Newsletters;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Mailer mailer;

    @Autowired
    MailLog log;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsletters newsletters;

    @Test
    void aMailOfARolledBackChangeIsNeitherLoggedNorSent() {
        String recipient = Fixtures.uniqueEmail("rollback");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    mailer.queue(Mail.of(
                            recipient, "verify-email", Locale.ENGLISH, Map.of("name", "R", "link", "http://x/verify")));
                    throw new IllegalStateException("the change fails after the mail was queued");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(log.latest(recipient, 10)).isEmpty();
    }

    @Test
    void aCommittedMailIsRenderedInTheRecipientsLanguageAndDeliveredAfterCommit() throws InterruptedException {
        String recipient = Fixtures.uniqueEmail("commit");
        long id = tx.execute(status -> mailer.queue(Mail.of(
                recipient,
                "verify-email",
                Locale.GERMAN,
                Map.of("name", "Renate", "link", "http://x/verify?token=t"))));
        OutgoingMail mail = log.find(id).orElseThrow();
        assertThat(mail.subject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(mail.body()).contains("Hallo Renate,").contains("http://x/verify?token=t");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!"SENT".equals(log.find(id).orElseThrow().status())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        // Tests send through the SMTP server of MailServers (without SMTP the mail would be LOGGED).
        assertThat(log.find(id).orElseThrow().status()).isEqualTo("SENT");
        assertThat(io.foyer.support.MailServers.receivedBy(recipient))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse"));
    }

    @Test
    void mailsQueuedTogetherAreRenderedEachInItsLanguageAndDeliveredAfterCommit() throws InterruptedException {
        String english = Fixtures.uniqueEmail("together-en");
        String german = Fixtures.uniqueEmail("together-de");
        String rolledBack = Fixtures.uniqueEmail("together-rollback");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    mailer.queueAll(java.util.List.of(verify(rolledBack, Locale.ENGLISH)));
                    throw new IllegalStateException("the change fails after the mails were queued");
                }))
                .isInstanceOf(IllegalStateException.class);
        tx.executeWithoutResult(status ->
                mailer.queueAll(java.util.List.of(verify(english, Locale.ENGLISH), verify(german, Locale.GERMAN))));

        assertThat(log.latest(rolledBack, 10)).isEmpty();
        assertThat(log.latest(german, 10)).singleElement().satisfies(m -> assertThat(m.body())
                .contains("Hallo Renate,"));
        assertThat(log.latest(english, 10)).singleElement().satisfies(m -> assertThat(m.body())
                .contains("Renate"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while ((log.latest(english, 1).get(0).status().equals("PENDING")
                        || log.latest(german, 1).get(0).status().equals("PENDING"))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(log.latest(english, 1).get(0).status()).isNotEqualTo("PENDING");
        assertThat(log.latest(german, 1).get(0).status()).isNotEqualTo("PENDING");
    }

    @Test
    void preparedMailsAreRecordedOnlyWhenQueuedAndARenderingFailureFailsTheQueueing() {
        String german = Fixtures.uniqueEmail("prepared-de");
        String broken = Fixtures.uniqueEmail("prepared-broken");
        String neverQueued = Fixtures.uniqueEmail("prepared-dropped");
        tx.executeWithoutResult(status -> {
            Mailer.PreparedMails prepared = mailer.prepare(java.util.List.of(verify(german, Locale.GERMAN)));
            mailer.prepare(java.util.List.of(verify(neverQueued, Locale.ENGLISH)));
            assertThat(log.latest(german, 10)).isEmpty();
            mailer.queueAll(prepared);
        });
        assertThat(log.latest(german, 10)).singleElement().satisfies(m -> assertThat(m.body())
                .contains("Hallo Renate,", "http://x/verify?token=t"));
        assertThat(log.latest(neverQueued, 10)).isEmpty();

        Mail missingTemplate = Mail.of(broken, "no-such-template", Locale.ENGLISH, Map.of());
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> mailer.queueAll(
                        mailer.prepare(java.util.List.of(verify(broken, Locale.ENGLISH), missingTemplate)))))
                .isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(java.util.concurrent.CompletionException.class);
        assertThat(log.latest(broken, 10)).isEmpty();
    }

    private static Mail verify(String recipient, Locale locale) {
        return Mail.of(recipient, "verify-email", locale, Map.of("name", "Renate", "link", "http://x/verify?token=t"));
    }

    @Test
    void newslettersReachOnlySubscribersAndCarryAWorkingUnsubscribeLink() {
        var subscriber = fixtures.owner("news-yes");
        var other = fixtures.owner("news-no");
        jdbc.sql("update account_account set newsletter_opt_in = true, newsletter_email = ? where id = ?")
                .params("news-" + subscriber.email(), subscriber.account().id())
                .update();
        int sent = newsletters.send("Autumn news", "New data centre in Frankfurt.", Actor.system());
        assertThat(sent).isGreaterThanOrEqualTo(1);

        OutgoingMail mail = log.latest("news-" + subscriber.email(), 1).get(0);
        assertThat(mail.subject()).isEqualTo("Autumn news");
        assertThat(mail.category()).isEqualTo("NEWSLETTER");
        assertThat(mail.body()).contains("New data centre in Frankfurt.").contains("/unsubscribe/");
        assertThat(log.latest(other.email(), 10)).isEmpty();

        String link = fixtures.latestLinkTo("news-" + subscriber.email());
        var answer = new WebClient(port)
                .postFormWithoutCsrf(link.substring(link.indexOf("/unsubscribe/")), "List-Unsubscribe=One-Click");
        assertThat(answer.status()).isEqualTo(200);
        int stillSubscribed = jdbc.sql("select count(*) from account_account where id = ? and newsletter_opt_in")
                .param(subscriber.account().id())
                .query(Integer.class)
                .single();
        assertThat(stillSubscribed).isZero();
    }
}
