package io.foyer.billing.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document with every figure and date already formatted for its language, so the template only
 * places text. Built per rendering; nothing in it is shared.
 */
record DocumentView(
        String lang,
        String titleKey,
        String noticeKey,
        String number,
        String issueDate,
        String dueDate,
        String dueDateKey,
        String customerNumber,
        PartyView seller,
        String senderLine,
        PartyView recipient,
        String correctedNumber,
        String correctedDate,
        String currency,
        List<LineView> lines,
        List<TaxView> taxes,
        String totalNet,
        String totalTax,
        String totalGross,
        String paid,
        String due,
        boolean paidInFull,
        boolean showPayment,
        List<String> legalNotes,
        String paymentTerms,
        String paymentReference,
        BankView bank,
        String qrCode,
        String logo) {

    record PartyView(
            String name,
            String contactName,
            String street,
            String postalCodeCity,
            String country,
            String vatId,
            String email,
            String phone) {}

    record LineView(int position, String description, String period, String quantity, String unitPrice, String net) {}

    record TaxView(String categoryKey, String rate, String taxable, String tax, String note) {}

    record BankView(String holder, String iban, String bic, String bankName) {}

    static DocumentView of(DocumentData d) {
        Locale locale = locale(d);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        int digits = Math.max(0, Currency.getInstance(d.currency()).getDefaultFractionDigits());
        DecimalFormat money = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        money.setRoundingMode(RoundingMode.HALF_UP);
        DecimalFormat plain = new DecimalFormat("#,##0.####", symbols);
        DecimalFormat unitPrice =
                new DecimalFormat(digits == 0 ? "#,##0.####" : "#,##0." + "0".repeat(digits) + "##", symbols);
        String sellerCountry = d.seller().country();

        List<LineView> lines = d.lines().stream()
                .map(l -> new LineView(
                        l.position(),
                        l.description(),
                        period(l.periodFrom(), l.periodTo(), dates),
                        plain.format(l.quantity()),
                        unitPrice.format(l.unitPrice()),
                        money.format(l.netAmount())))
                .toList();
        List<TaxView> taxes = d.taxGroups().stream()
                .map(g -> new TaxView(
                        "document.tax.category." + g.category(),
                        "S".equals(g.category()) ? plain.format(g.ratePercent()) + " %" : "",
                        money.format(g.taxableAmount()),
                        money.format(g.taxAmount()),
                        g.exemptionNote()))
                .toList();

        boolean payable = d.type() == DocumentType.INVOICE || d.type() == DocumentType.PAYMENT_REQUEST;
        BigDecimal due = d.amountDue() == null ? BigDecimal.ZERO : d.amountDue();
        boolean hasPaid = d.paidAmount() != null && d.paidAmount().signum() != 0;
        boolean owes = payable && due.signum() > 0;
        BankView bank = d.bank() != null && notBlank(d.bank().iban())
                ? new BankView(
                        d.bank().holder(),
                        iban(d.bank().iban()),
                        d.bank().bic(),
                        d.bank().bankName())
                : null;
        String qr = owes
                ? GiroCode.payload(d.bank(), d.currency(), due, d.paymentReference())
                        .map(p -> dataUri(GiroCode.png(p)))
                        .orElse(null)
                : null;

        return new DocumentView(
                locale.toLanguageTag(),
                "document.title." + key(d.type()),
                switch (d.type()) {
                    case PAYMENT_REQUEST -> "document.notice.paymentRequest";
                    case QUOTE -> "document.notice.quote";
                    default -> null;
                },
                d.number(),
                d.issueDate().format(dates),
                d.dueDate() == null || d.type() == DocumentType.CREDIT_NOTE
                        ? null
                        : d.dueDate().format(dates),
                d.type() == DocumentType.QUOTE ? "document.validUntil" : "document.dueDate",
                d.customerNumber(),
                party(d.seller(), null, locale),
                senderLine(d.seller()),
                party(d.recipient(), sellerCountry, locale),
                d.type() == DocumentType.CREDIT_NOTE ? d.correctedNumber() : null,
                d.correctedDate() == null ? null : d.correctedDate().format(dates),
                d.currency(),
                lines,
                taxes,
                money.format(d.totalNet()),
                money.format(d.totalTax()),
                money.format(d.totalGross()),
                payable && hasPaid ? money.format(d.paidAmount()) : null,
                payable && (hasPaid || owes) ? money.format(due) : null,
                d.type() == DocumentType.INVOICE && !owes && d.totalGross().signum() > 0,
                owes && bank != null,
                legalNotes(d),
                d.paymentTerms(),
                nonBlank(d.paymentReference(), d.number()),
                bank,
                qr,
                d.logoPng() == null || d.logoPng().length == 0 ? null : dataUri(d.logoPng()));
    }

    /**
     * The language the document is written in: German for any German locale, else English (the
     * texts exist in these two; dates and numbers follow the same choice, never a third language).
     */
    static Locale locale(DocumentData d) {
        Locale language = d.language();
        return language != null && "de".equals(language.getLanguage()) ? language : Locale.ENGLISH;
    }

    /** The legal notes, without those that the tax breakdown already prints as its reason. */
    private static List<String> legalNotes(DocumentData d) {
        if (d.legalNotes() == null) {
            return List.of();
        }
        List<String> reasons = d.taxGroups().stream()
                .map(TaxGroup::exemptionNote)
                .filter(Objects::nonNull)
                .toList();
        return d.legalNotes().stream()
                .filter(DocumentView::notBlank)
                .filter(note -> !reasons.contains(note))
                .toList();
    }

    private static String key(DocumentType type) {
        return switch (type) {
            case INVOICE -> "invoice";
            case CREDIT_NOTE -> "creditNote";
            case PAYMENT_REQUEST -> "paymentRequest";
            case QUOTE -> "quote";
        };
    }

    private static PartyView party(Party p, String homeCountry, Locale locale) {
        String country = p.country() == null || Objects.equals(p.country(), homeCountry)
                ? null
                : new Locale("", p.country()).getDisplayCountry(locale).toUpperCase(locale);
        String postalCodeCity = String.join(" ", nonBlank(p.postalCode(), ""), nonBlank(p.city(), ""))
                .strip();
        return new PartyView(
                p.name(),
                Objects.equals(p.contactName(), p.name()) ? null : p.contactName(),
                p.street(),
                postalCodeCity,
                country,
                p.vatId(),
                p.email(),
                p.phone());
    }

    private static String senderLine(Party p) {
        return String.join(
                " · ",
                List.of(
                                p.name(),
                                nonBlank(p.street(), ""),
                                (nonBlank(p.postalCode(), "") + " " + nonBlank(p.city(), "")).strip())
                        .stream()
                        .filter(DocumentView::notBlank)
                        .toList());
    }

    private static String period(LocalDate from, LocalDate to, DateTimeFormatter dates) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null || to == null || from.equals(to)) {
            return (from == null ? to : from).format(dates);
        }
        return from.format(dates) + " – " + to.format(dates);
    }

    /** IBAN in groups of four, as printed on paper. */
    static String iban(String iban) {
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        StringBuilder grouped = new StringBuilder(compact.length() + compact.length() / 4);
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(compact.charAt(i));
        }
        return grouped.toString();
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String nonBlank(String s, String fallback) {
        return notBlank(s) ? s : fallback;
    }
}
