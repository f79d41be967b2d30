package io.foyer.billing.internal;

import io.foyer.account.AccountDetails;
import io.foyer.billing.DocumentKind;
import io.foyer.notification.Mail;
import io.foyer.notification.MailCategory;
import io.foyer.notification.Mailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the account's invoice address (the alternative one if set, else the account email) about
 * a new payment request or invoice, in the account's language. Queued in the issuing transaction,
 * so a rolled-back document sends nothing.
 */
@Component
class BillingMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    BillingMails(Mailer mailer, MessageSource messages, @Value("${foyer.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts rendering the mails of many documents about to be written ({@link Mailer#prepare});
     * {@link #queue} records them.
     */
    Mailer.PreparedMails prepareIssued(List<Document> documents, Map<Long, AccountDetails> accounts) {
        List<Mail> all = new ArrayList<>(documents.size());
        for (Document document : documents) {
            AccountDetails account = accounts.get(document.accountId());
            Mail mail = account == null ? null : mail(document, account);
            if (mail != null) {
                all.add(mail);
            }
        }
        return mailer.prepare(all);
    }

    void queue(Mailer.PreparedMails mails) {
        mailer.queueAll(mails);
    }

    private Mail mail(Document document, AccountDetails account) {
        if (document.kind() == DocumentKind.CREDIT_NOTE) {
            return null;
        }
        String recipient =
                account.invoiceEmail() != null && !account.invoiceEmail().isBlank()
                        ? account.invoiceEmail()
                        : account.email();
        if (recipient == null || recipient.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(account.language() == null ? "en" : account.language());
        String kind = document.kind() == DocumentKind.INVOICE ? "invoice" : "paymentRequest";
        String subject =
                messages.getMessage("billing.mail." + kind + ".subject", new Object[] {document.number()}, locale);
        return new Mail(
                recipient,
                "billing-document",
                locale,
                Map.of(
                        "kind",
                        kind,
                        "number",
                        document.number(),
                        "amount",
                        document.gross().rounded().toString(),
                        "dueDate",
                        document.dueDate().toString(),
                        "paid",
                        document.paidAt() != null,
                        "link",
                        baseUrl + "/accounts/" + document.accountId() + "/invoices/" + document.id()),
                MailCategory.INVOICES,
                null,
                subject);
    }
}
