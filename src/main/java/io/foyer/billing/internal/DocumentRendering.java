package io.foyer.billing.internal;

import io.foyer.billing.DocumentKind;
import io.foyer.billing.document.DocumentData;
import io.foyer.billing.document.DocumentLine;
import io.foyer.billing.document.DocumentRenderer;
import io.foyer.billing.document.DocumentType;
import io.foyer.billing.document.TaxGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Maps stored documents to what the renderer prints, in the document's language. */
@Service
public class DocumentRendering {

    private final DocumentRecords records;
    private final BillingSettings settings;
    private final MessageSource messages;
    private final ObjectProvider<DocumentRenderer> renderer;

    DocumentRendering(
            DocumentRecords records,
            BillingSettings settings,
            MessageSource messages,
            ObjectProvider<DocumentRenderer> renderer) {
        this.records = records;
        this.settings = settings;
        this.messages = messages;
        this.renderer = renderer;
    }

    public byte[] pdf(Document d) {
        return renderer().pdf(data(d, type(d.kind())));
    }

    /** The quote of an unpaid payment request: its lines and prices, as an offer. */
    public byte[] quotePdf(Document d) {
        return renderer().pdf(data(d, DocumentType.QUOTE));
    }

    /** @throws BillingProblem for a payment request, which has no e-invoice */
    public byte[] xml(Document d, String format) {
        if (d.kind() == DocumentKind.PAYMENT_REQUEST) {
            throw BillingProblem.of("billing.error.noXml");
        }
        DocumentData data = data(d, type(d.kind()));
        return switch (format == null ? "" : format) {
            case "facturx" -> renderer().facturX(data);
            case "xrechnung" -> renderer().xrechnung(data);
            default -> throw new BillingProblem("format", "billing.error.xmlFormat");
        };
    }

    /** A quote for lines that are not stored: numbered Q-… by date, issued today. */
    public byte[] quotePdf(Document unsaved, List<Line> lines, List<TaxLine> taxes) {
        return renderer().pdf(build(unsaved, DocumentType.QUOTE, lines, taxes, null));
    }

    DocumentData data(Document d, DocumentType type) {
        Document corrected = d.correctsDocumentId() == null
                ? null
                : records.find(d.accountId(), d.correctsDocumentId()).orElse(null);
        return build(d, type, records.lines(d.id()), records.taxes(d.id()), corrected);
    }

    private DocumentData build(
            Document d, DocumentType type, List<Line> lines, List<TaxLine> taxes, Document corrected) {
        Locale locale = Locale.forLanguageTag(d.language());
        List<String> notes = new ArrayList<>();
        if (d.legalNoteKey() != null) {
            notes.add(messages.getMessage(d.legalNoteKey(), null, d.legalNoteKey(), locale));
        }
        String exemption = notes.isEmpty() ? null : notes.get(0);
        List<DocumentLine> printed = lines.stream()
                .map(l -> new DocumentLine(
                        l.position(),
                        l.description(),
                        l.quantity(),
                        l.unitPrice(),
                        l.net(),
                        l.taxCategory(),
                        l.ratePercent(),
                        l.periodFrom(),
                        l.periodTo()))
                .toList();
        List<TaxGroup> groups = taxes.stream()
                .map(t -> new TaxGroup(
                        t.category(),
                        t.ratePercent(),
                        t.taxable(),
                        t.tax(),
                        "S".equals(t.category()) ? null : exemption))
                .toList();
        BigDecimal paid = type == DocumentType.QUOTE
                ? BigDecimal.ZERO
                : d.paidAt() != null ? d.totalGross() : d.paid().amount();
        if (type == DocumentType.CREDIT_NOTE) {
            paid = BigDecimal.ZERO;
        }
        BigDecimal due = d.totalGross().subtract(paid);
        String terms = terms(d, type, due, locale);
        return new DocumentData(
                type,
                d.number(),
                d.issueDate(),
                d.dueDate(),
                d.currency(),
                locale,
                d.seller(),
                d.recipient(),
                String.valueOf(d.customerNumber()),
                d.bank(),
                printed,
                groups,
                d.totalNet(),
                d.totalTax(),
                d.totalGross(),
                paid,
                due,
                notes,
                terms,
                d.number(),
                corrected == null ? null : corrected.number(),
                corrected == null ? null : corrected.issueDate(),
                settings.logo().orElse(null));
    }

    private String terms(Document d, DocumentType type, BigDecimal due, Locale locale) {
        String key =
                switch (type) {
                    case QUOTE -> "billing.terms.quote";
                    case CREDIT_NOTE -> "billing.terms.creditNote";
                    default -> due.signum() > 0 ? "billing.terms.due" : "billing.terms.paid";
                };
        LocalDate dueDate = d.dueDate();
        return messages.getMessage(
                key, new Object[] {d.paymentTermsDays(), dueDate.toString(), d.number()}, key, locale);
    }

    private DocumentRenderer renderer() {
        DocumentRenderer r = renderer.getIfAvailable();
        if (r == null) {
            throw BillingProblem.of("billing.error.renderingUnavailable");
        }
        return r;
    }

    private static DocumentType type(DocumentKind kind) {
        return switch (kind) {
            case PAYMENT_REQUEST -> DocumentType.PAYMENT_REQUEST;
            case INVOICE -> DocumentType.INVOICE;
            case CREDIT_NOTE -> DocumentType.CREDIT_NOTE;
        };
    }
}
