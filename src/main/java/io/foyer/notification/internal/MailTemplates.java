package io.foyer.notification.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders plain-text mails from {@code templates/mail/<name>.txt}; the subject is the message
 * {@code mail.<name>.subject}. A private engine, so the web's HTML engine stays Boot's own.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    Rendered render(String template, Locale locale, Map<String, Object> model, String subjectOverride) {
        Context context = new Context(locale, model);
        String subject = subjectOverride != null
                ? subjectOverride
                : messages.getMessage("mail." + template + ".subject", null, locale);
        return new Rendered(subject, engine.process(template, context));
    }

    record Rendered(String subject, String body) {}
}
