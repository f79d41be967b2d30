package io.foyer.notification;

import java.util.Locale;
import java.util.Map;

/**
 * A mail to send: a template name under {@code templates/mail/}, the language to render it in,
 * and the values the template uses. {@code unsubscribeUrl} is set for newsletters only;
 * {@code replyTo} (an address, or null) and {@code headers} (names starting with {@code X-Foyer-})
 * are set by mails that expect an answer Foyer reads back.
 */
public record Mail(
        String recipient,
        String template,
        Locale locale,
        Map<String, Object> model,
        MailCategory category,
        String unsubscribeUrl,
        String subject,
        String replyTo,
        Map<String, String> headers) {

    public Mail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (!header.getKey().matches("X-Foyer-[A-Za-z0-9-]+")
                    || header.getValue().chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new IllegalArgumentException("not an X-Foyer- header: " + header.getKey());
            }
        }
        if (replyTo != null && replyTo.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("line break in the reply address");
        }
    }

    public Mail(
            String recipient,
            String template,
            Locale locale,
            Map<String, Object> model,
            MailCategory category,
            String unsubscribeUrl,
            String subject) {
        this(recipient, template, locale, model, category, unsubscribeUrl, subject, null, Map.of());
    }

    public static Mail of(String recipient, String template, Locale locale, Map<String, Object> model) {
        return new Mail(recipient, template, locale, model, MailCategory.ACCOUNT, null, null);
    }
}
