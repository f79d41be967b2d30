package io.foyer.identity.internal;

import io.foyer.notification.Mail;
import io.foyer.notification.Mailer;
import io.foyer.shared.web.Languages;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirms that a user owns their email address: a link valid for three days. */
@Service
class EmailVerification {

    static final Duration VALIDITY = Duration.ofDays(3);
    private final LinkTokens tokens;
    private final UserRecords users;
    private final Mailer mailer;
    private final String baseUrl;
    private final Clock clock;

    EmailVerification(
            LinkTokens tokens,
            UserRecords users,
            Mailer mailer,
            @Value("${foyer.base-url}") String baseUrl,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Transactional
    void send(long userId) {
        var user = users.find(userId).orElseThrow();
        if (user.verified()) {
            return;
        }
        String secret = tokens.issue(userId, LinkTokens.Purpose.VERIFY_EMAIL, VALIDITY);
        mailer.queue(Mail.of(
                user.email(),
                "verify-email",
                Languages.locale(user.language()),
                Map.of("name", user.name(), "link", baseUrl + "/verify?token=" + secret)));
    }

    /** Confirms the address the link was sent to; false when the link is unknown, used or expired. */
    @Transactional
    boolean confirm(String secret) {
        return tokens.consume(secret, LinkTokens.Purpose.VERIFY_EMAIL)
                .map(userId -> {
                    users.markVerified(userId, clock.instant());
                    return true;
                })
                .orElse(false);
    }
}
