package io.foyer.renewal.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentRef;
import io.foyer.notification.Mail;
import io.foyer.notification.MailCategory;
import io.foyer.notification.Mailer;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dunning mails (reminder, suspended, reactivated, terminated) to the account's invoice address
 * (the alternative one if set, else the account email), in the account's language, queued in the
 * caller's transaction.
 */
@Component
class RenewalMails {

    private final Accounts accounts;
    private final Services services;
    private final Billing billing;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    RenewalMails(
            Accounts accounts,
            Services services,
            Billing billing,
            Mailer mailer,
            MessageSource messages,
            @Value("${foyer.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.services = services;
        this.billing = billing;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** One notice of {@link #noticeAll}. */
    record Notice(long accountId, long serviceId, String serviceName, long documentId, String kind, LocalDate dueOn) {}

    void notice(long accountId, long serviceId, long documentId, String kind, LocalDate dueOn) {
        String service =
                services.find(accountId, serviceId).map(ServiceDetails::name).orElse("#" + serviceId);
        noticeAll(List.of(new Notice(accountId, serviceId, service, documentId, kind, dueOn)));
    }

    /** Many notices with three queries and one insert for all (the billing run's reminders). */
    void noticeAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        List<Long> accountIds = notices.stream().map(Notice::accountId).toList();
        Map<Long, AccountDetails> details = accounts.details(accountIds);
        Map<Long, DocumentRef> documents = new java.util.HashMap<>();
        billing.documents(notices.stream().map(Notice::documentId).toList(), accountIds)
                .forEach(d -> documents.put(d.id(), d));
        List<Mail> mails = new java.util.ArrayList<>();
        for (Notice notice : notices) {
            AccountDetails account = details.get(notice.accountId());
            Mail mail = account == null ? null : mail(account, notice, documents.get(notice.documentId()));
            if (mail != null) {
                mails.add(mail);
            }
        }
        mailer.queueAll(mails);
    }

    private Mail mail(AccountDetails account, Notice notice, DocumentRef document) {
        String recipient =
                account.invoiceEmail() != null && !account.invoiceEmail().isBlank()
                        ? account.invoiceEmail()
                        : account.email();
        if (recipient == null || recipient.isBlank()) {
            return null;
        }
        long accountId = notice.accountId();
        long documentId = notice.documentId();
        String kind = notice.kind();
        LocalDate dueOn = notice.dueOn();
        String service = notice.serviceName();
        String number = document == null ? "" : document.number();
        String amount = document == null ? "" : document.gross().rounded().toString();
        Locale locale = Locale.forLanguageTag(account.language() == null ? "en" : account.language());
        String subject = messages.getMessage("renewal.mail." + kind + ".subject", new Object[] {service}, locale);
        return new Mail(
                recipient,
                "renewal-notice",
                locale,
                Map.of(
                        "kind",
                        kind,
                        "service",
                        service,
                        "number",
                        number,
                        "amount",
                        amount,
                        "dueDate",
                        dueOn == null ? "" : dueOn.toString(),
                        "link",
                        baseUrl + "/accounts/" + accountId + "/invoices/" + documentId),
                MailCategory.INVOICES,
                null,
                subject);
    }
}
