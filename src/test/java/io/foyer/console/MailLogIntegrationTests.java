package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.StaffRole;
import io.foyer.identity.Users;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import io.foyer.support.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class MailLogIntegrationTests {

    private static final Pattern MAIL_LINK = Pattern.compile("href=\"/console/mail/(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    MutableClock clock;

    @Test
    void listsAPasswordResetMailAndShowsItsBodyEscaped() {
        String email = Fixtures.uniqueEmail("mailme");
        users.registerConfirmed(email, Fixtures.PASSWORD, "Eve <b>Bold</b> & \"Co\"", "en");
        requestPasswordReset(email);

        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));
        var list = web.get("/console/mail?recipient=" + URLEncoder.encode(email.toUpperCase(), StandardCharsets.UTF_8));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains("<label class=\"form-label\" for=\"recipient\">Recipient</label>")
                .contains(">Filter</button>")
                .contains(">Time (UTC)</th>")
                .contains(">Subject</th>")
                .contains(">Status</th>")
                .contains(">Attempts</th>")
                .contains(email)
                .contains("Your password reset");
        Matcher link = MAIL_LINK.matcher(list.body());
        assertThat(link.find()).isTrue();

        var detail = web.get("/console/mail/" + link.group(1));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body())
                .contains(email)
                .contains("Your password reset")
                .contains("<pre class=\"foyer-mail-body\"")
                .contains("Eve &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;")
                .contains("/password/reset?token=")
                .doesNotContain("<b>Bold</b>");
    }

    @Test
    void theRecipientFilterLeavesOutOtherRecipients() {
        String first = Fixtures.uniqueEmail("mailfirst");
        String second = Fixtures.uniqueEmail("mailsecond");
        users.registerConfirmed(first, Fixtures.PASSWORD, "First", "en");
        users.registerConfirmed(second, Fixtures.PASSWORD, "Second", "en");
        requestPasswordReset(first);
        requestPasswordReset(second);

        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        String filtered = web.get("/console/mail?recipient=" + URLEncoder.encode(first, StandardCharsets.UTF_8))
                .body();
        assertThat(filtered).contains(first).doesNotContain(second);
        assertThat(web.get("/console/mail?recipient=no-such-recipient-" + System.nanoTime())
                        .body())
                .contains("No mails found.");
    }

    @Test
    void billingStaffCannotReadMails() {
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));
        assertThat(web.get("/console").body()).doesNotContain("href=\"/console/mail\"");
        var list = web.get("/console/mail");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.body()).contains("Not allowed");
        assertThat(web.get("/console/mail/1").status()).isEqualTo(403);
    }

    @Test
    void unknownMailAnswers404() {
        WebClient web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));
        assertThat(web.get("/console/mail/" + Long.MAX_VALUE).status()).isEqualTo(404);
        assertThat(web.get("/console/mail/abc").status()).isEqualTo(404);
    }

    /**
     * Asks for a reset link as a visitor would. Resets are rate-limited per client address, which
     * all tests share, so when other tests used up the allowance the clock moves past the window.
     */
    private void requestPasswordReset(String email) {
        WebClient visitor = new WebClient(port);
        String page = visitor.postForm("/password/forgot", "login", email).body();
        if (page.contains("Too many requests")) {
            clock.advance(Duration.ofMinutes(16));
            page = visitor.postForm("/password/forgot", "login", email).body();
        }
        assertThat(page).contains("you will receive an email");
        assertThat(fixtures.latestMailTo(email)).isPresent();
    }
}
