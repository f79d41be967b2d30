package io.foyer.account.internal;

import io.foyer.account.Actor;
import io.foyer.account.Newsletters;
import io.foyer.notification.Mail;
import io.foyer.notification.MailCategory;
import io.foyer.notification.Mailer;
import io.foyer.shared.web.Languages;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newsletters go to the account's newsletter address (or its main address), in the account's
 * language, each carrying the account's unsubscribe link in the text and as an RFC 8058
 * one-click header.
 */
@Service
class NewsletterDispatch implements Newsletters {

    private record Subscriber(
            long accountId, String recipient, String language, String unsubscribeToken, String name) {}

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final String baseUrl;

    NewsletterDispatch(JdbcClient jdbc, Mailer mailer, AuditTrail audit, @Value("${foyer.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    @Override
    @Transactional
    public int send(String subject, String body, Actor actor) {
        List<Subscriber> subscribers = jdbc.sql(
                        """
                select id, coalesce(newsletter_email, email), language, unsubscribe_token, coalesce(nullif(company, ''), contact_name)
                from account_account where newsletter_opt_in order by id""")
                .query((rs, n) -> new Subscriber(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        for (Subscriber s : subscribers) {
            String unsubscribe = baseUrl + "/unsubscribe/" + s.unsubscribeToken();
            mailer.queue(new Mail(
                    s.recipient(),
                    "newsletter",
                    Languages.locale(s.language()),
                    Map.of("name", s.name(), "body", body, "unsubscribe", unsubscribe),
                    MailCategory.NEWSLETTER,
                    unsubscribe,
                    subject));
        }
        audit.record(null, actor, "newsletter.sent", subject + " (" + subscribers.size() + ")");
        return subscribers.size();
    }

    @Override
    public int subscribers() {
        return jdbc.sql("select count(*) from account_account where newsletter_opt_in")
                .query(Integer.class)
                .single();
    }
}
