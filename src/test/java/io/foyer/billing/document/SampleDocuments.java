package io.foyer.billing.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Documents as the billing module hands them over, for the renderer's tests and benchmark. */
final class SampleDocuments {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 30);

    static final Party SELLER = new Party(
            "Foyer Hosting GmbH",
            "Erika Muster",
            "Hauptstraße 1",
            "10115",
            "Berlin",
            "DE",
            "DE123456789",
            "billing@foyer-hosting.example",
            "+49 30 1234567");

    static final BankAccount BANK =
            new BankAccount("Foyer Hosting GmbH", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", "Commerzbank");

    static final Party GERMAN_CUSTOMER = new Party(
            "Beispiel Webdesign GmbH",
            "Max Mustermann",
            "Musterweg 5",
            "80331",
            "München",
            "DE",
            null,
            "max@beispiel.example",
            null);

    static final Party AUSTRIAN_BUSINESS = new Party(
            "Alpen Digital GmbH",
            null,
            "Ringstraße 10",
            "1010",
            "Wien",
            "AT",
            "ATU12345678",
            "office@alpen-digital.example",
            null);

    static final Party FRENCH_CONSUMER = new Party(
            "Camille Martin", null, "12 rue de la Paix", "75002", "Paris", "FR", null, "camille@example.fr", null);

    static final Party US_CUSTOMER = new Party(
            "Acme Hosting Inc.",
            null,
            "1 Market Street",
            "94105",
            "San Francisco",
            "US",
            null,
            "ap@acme.example",
            null);

    private SampleDocuments() {}

    static PdfDocumentRenderer renderer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/billingdocument");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new PdfDocumentRenderer(messages);
    }

    static DocumentLine line(
            int position,
            String description,
            String quantity,
            String unitPrice,
            String category,
            String rate,
            LocalDate from,
            LocalDate to) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal p = new BigDecimal(unitPrice);
        return new DocumentLine(
                position,
                description,
                q,
                p,
                q.multiply(p).setScale(2, RoundingMode.HALF_UP),
                category,
                new BigDecimal(rate),
                from,
                to);
    }

    static DocumentLine monthly(int position, String description, String price, String category, String rate) {
        return line(
                position,
                description,
                "1",
                price,
                category,
                rate,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31));
    }

    /** A document with totals and tax groups computed as the billing module does: per category and rate. */
    static DocumentData document(
            DocumentType type,
            String number,
            Party recipient,
            Locale language,
            List<DocumentLine> lines,
            String exemptionNote,
            BigDecimal paid) {
        Map<String, List<DocumentLine>> byGroup = new LinkedHashMap<>();
        for (DocumentLine l : lines) {
            byGroup.computeIfAbsent(l.taxCategory() + " " + l.ratePercent().toPlainString(), k -> new ArrayList<>())
                    .add(l);
        }
        List<TaxGroup> taxGroups = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (List<DocumentLine> group : byGroup.values()) {
            String category = group.get(0).taxCategory();
            BigDecimal rate = group.get(0).ratePercent();
            BigDecimal taxable = group.stream().map(DocumentLine::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal amount = taxable.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            taxGroups.add(new TaxGroup(category, rate, taxable, amount, "S".equals(category) ? null : exemptionNote));
            net = net.add(taxable);
            tax = tax.add(amount);
        }
        BigDecimal gross = net.add(tax);
        BigDecimal paidAmount = paid == null ? BigDecimal.ZERO : paid;
        boolean german = language.getLanguage().equals("de");
        return new DocumentData(
                type,
                number,
                ISSUED,
                type == DocumentType.CREDIT_NOTE ? null : ISSUED.plusDays(14),
                "EUR",
                language,
                SELLER,
                recipient,
                "K-10042",
                BANK,
                lines,
                taxGroups,
                net,
                tax,
                gross,
                paidAmount,
                gross.subtract(paidAmount),
                exemptionNote == null ? List.of() : List.of(exemptionNote),
                german ? "Zahlbar innerhalb von 14 Tagen ohne Abzug." : "Payable within 14 days without deduction.",
                number,
                type == DocumentType.CREDIT_NOTE ? "RE-2026-000041" : null,
                type == DocumentType.CREDIT_NOTE ? LocalDate.of(2026, 11, 2) : null,
                null);
    }

    static DocumentData germanInvoice() {
        return document(
                DocumentType.INVOICE,
                "RE-2026-000042",
                GERMAN_CUSTOMER,
                Locale.GERMAN,
                List.of(monthly(1, "Webhosting Business (monatlich)", "10.00", "S", "19")),
                null,
                null);
    }

    static DocumentData reverseChargeToAustria() {
        return withLogo(document(
                DocumentType.INVOICE,
                "RE-2026-000043",
                AUSTRIAN_BUSINESS,
                Locale.ENGLISH,
                List.of(monthly(1, "Virtual server VS-4 (monthly)", "24.90", "AE", "0")),
                "Reverse charge: the recipient is liable for the VAT (Art. 196 Council Directive 2006/112/EC).",
                null));
    }

    static DocumentData ossConsumerInFrance() {
        return document(
                DocumentType.INVOICE,
                "RE-2026-000044",
                FRENCH_CONSUMER,
                Locale.ENGLISH,
                List.of(monthly(1, "Web hosting Starter (monthly)", "4.99", "S", "20")),
                null,
                null);
    }

    static DocumentData customerOutsideTheEu() {
        return document(
                DocumentType.INVOICE,
                "RE-2026-000045",
                US_CUSTOMER,
                Locale.ENGLISH,
                List.of(monthly(1, "Dedicated server DS-8 (monthly)", "89.00", "O", "0")),
                "Not subject to VAT in the EU: the place of supply is outside the EU.",
                null);
    }

    static DocumentData creditNote() {
        return document(
                DocumentType.CREDIT_NOTE,
                "GS-2026-000007",
                GERMAN_CUSTOMER,
                Locale.GERMAN,
                List.of(monthly(1, "Webhosting Business (monatlich)", "10.00", "S", "19")),
                null,
                null);
    }

    static DocumentData twoServicePeriods() {
        return document(
                DocumentType.INVOICE,
                "RE-2026-000046",
                GERMAN_CUSTOMER,
                Locale.GERMAN,
                List.of(
                        monthly(1, "Webhosting Business (monatlich)", "10.00", "S", "19"),
                        line(
                                2,
                                "Domain beispiel.example (jährlich)",
                                "1",
                                "12.00",
                                "S",
                                "19",
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2027, 12, 31)),
                        line(3, "Einrichtungsgebühr", "1", "19.99", "S", "19", null, null)),
                null,
                new BigDecimal("20.00"));
    }

    /** Cent amounts, a four-decimal unit price and VAT that rounds up. */
    static DocumentData centAmounts() {
        return document(
                DocumentType.INVOICE,
                "RE-2026-000047",
                GERMAN_CUSTOMER,
                Locale.ENGLISH,
                List.of(
                        monthly(1, "Traffic package", "0.01", "S", "19"),
                        line(2, "API calls (per call)", "3", "0.3333", "S", "19", null, null),
                        line(3, "Storage (GB)", "2.5", "0.05", "S", "19", null, null)),
                null,
                new BigDecimal("0.01"));
    }

    static DocumentData paidInvoice() {
        DocumentData doc = germanInvoice();
        return document(
                DocumentType.INVOICE,
                "RE-2026-000048",
                GERMAN_CUSTOMER,
                Locale.GERMAN,
                doc.lines(),
                null,
                doc.totalGross());
    }

    static DocumentData paymentRequest() {
        return document(
                DocumentType.PAYMENT_REQUEST,
                "ZA-2026-000101",
                GERMAN_CUSTOMER,
                Locale.GERMAN,
                List.of(monthly(1, "Webhosting Business (monatlich)", "10.00", "S", "19")),
                null,
                null);
    }

    static DocumentData quote() {
        return document(
                DocumentType.QUOTE,
                "AN-2026-000012",
                US_CUSTOMER,
                Locale.ENGLISH,
                List.of(monthly(1, "Dedicated server DS-8 (monthly)", "89.00", "O", "0")),
                "Not subject to VAT in the EU: the place of supply is outside the EU.",
                null);
    }

    /** Billed in US dollars: no GiroCode, which is for euro only. */
    static DocumentData dollarInvoice() {
        DocumentData d = document(
                DocumentType.INVOICE,
                "RE-2026-000050",
                US_CUSTOMER,
                Locale.ENGLISH,
                List.of(monthly(1, "Virtual server VS-2 (monthly)", "12.50", "O", "0")),
                "Not subject to VAT in the EU: the place of supply is outside the EU.",
                null);
        return copy(d, "USD", d.language(), d.totalGross(), null);
    }

    /** Sixty lines: the table runs over several pages. */
    static DocumentData manyLines() {
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(monthly(i, "Managed WordPress site " + i + " (monthly)", "7.49", "S", "19"));
        }
        return document(DocumentType.INVOICE, "RE-2026-000049", GERMAN_CUSTOMER, Locale.ENGLISH, lines, null, null);
    }

    /** The document with a provider logo: a PNG with transparency. */
    static DocumentData withLogo(DocumentData d) {
        BufferedImage logo = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(0x1F, 0x5F, 0xAA, 200));
        g.fillRoundRect(0, 0, 240, 80, 30, 30);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(logo, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy(d, d.currency(), d.language(), d.totalGross(), png.toByteArray());
    }

    /** The document in another currency and language, with another gross total and logo. */
    static DocumentData copy(DocumentData d, String currency, Locale language, BigDecimal totalGross, byte[] logoPng) {
        return new DocumentData(
                d.type(),
                d.number(),
                d.issueDate(),
                d.dueDate(),
                currency,
                language,
                d.seller(),
                d.recipient(),
                d.customerNumber(),
                d.bank(),
                d.lines(),
                d.taxGroups(),
                d.totalNet(),
                d.totalTax(),
                totalGross,
                d.paidAmount(),
                d.amountDue(),
                d.legalNotes(),
                d.paymentTerms(),
                d.paymentReference(),
                d.correctedNumber(),
                d.correctedDate(),
                logoPng);
    }

    /** The everyday invoices and credit notes: one or a few lines each. */
    static List<DocumentData> typicalEInvoices() {
        return List.of(
                germanInvoice(),
                reverseChargeToAustria(),
                ossConsumerInFrance(),
                customerOutsideTheEu(),
                creditNote(),
                twoServicePeriods(),
                centAmounts(),
                paidInvoice());
    }

    /** Every invoice and credit note of the tests. */
    static List<DocumentData> eInvoices() {
        List<DocumentData> all = new ArrayList<>(typicalEInvoices());
        all.add(manyLines());
        all.add(dollarInvoice());
        return all;
    }
}
