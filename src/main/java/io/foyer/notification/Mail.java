package io.foyer.notification;

import java.util.Locale;
import java.util.Map;

/**
 * A mail to send: a template name under {@code templates/mail/}, the language to render it in,
 * and the values the template uses. {@code unsubscribeUrl} is set for newsletters only.
 */
public record Mail(
        String recipient,
        String template,
        Locale locale,
        Map<String, Object> model,
        MailCategory category,
        String unsubscribeUrl,
        String subject) {

    public static Mail of(String recipient, String template, Locale locale, Map<String, Object> model) {
        return new Mail(recipient, template, locale, model, MailCategory.ACCOUNT, null, null);
    }
}
