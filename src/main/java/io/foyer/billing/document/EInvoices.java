package io.foyer.billing.document;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;

/**
 * Maps a {@link DocumentData} to the Mustang model of a CII invoice (UN/CEFACT Cross Industry
 * Invoice, EN 16931) and writes it as Factur-X / ZUGFeRD or XRechnung XML. Every call builds its
 * own objects, so this is safe for concurrent use.
 */
final class EInvoices {

    /** Factur-X / ZUGFeRD 2 profile EN 16931 ("COMFORT"). */
    static final Profile EN16931 = Profiles.getByName("EN16931");

    static final Profile XRECHNUNG = Profiles.getByName("XRECHNUNG");

    /** UNTDID 4461: SEPA credit transfer. */
    private static final String CREDIT_TRANSFER = "58";

    /** UN/ECE recommendation 20: one (piece, unit). */
    private static final String UNIT = "C62";

    private static final Pattern NOT_SUBJECT_BREAKDOWN =
            Pattern.compile("(<ram:BasisAmount>[^<]*</ram:BasisAmount>\\s*<ram:CategoryCode>O</ram:CategoryCode>\\s*)"
                    + "(</ram:ApplicableTradeTax>)");

    private EInvoices() {}

    static boolean hasEInvoice(DocumentType type) {
        return type == DocumentType.INVOICE || type == DocumentType.CREDIT_NOTE;
    }

    /**
     * Mustang formats every date of the XML with {@code SimpleDateFormat}s shared by all threads
     * (the {@code ZUGFeRDDateFormat} enum), which are not thread-safe: two invoices written at
     * once can swap or garble their dates. Every XML generation holds this lock.
     */
    static final Object XML_GENERATION = new Object();

    static byte[] xml(DocumentData document, Profile profile) {
        Invoice invoice = invoice(document);
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(profile);
        byte[] xml;
        synchronized (XML_GENERATION) {
            provider.generateXML(invoice);
            xml = provider.getXML();
        }
        return profile == XRECHNUNG ? withRateOfNotSubject(xml) : xml;
    }

    /**
     * XRechnung wants a rate in every VAT breakdown (BR-DE-14), also for "not subject to VAT", where
     * it is 0; Mustang leaves it out there, as it must on the lines (BR-O-05). Only the breakdown
     * (the one with a basis amount) gets it.
     */
    private static byte[] withRateOfNotSubject(byte[] xml) {
        String text = string(xml);
        String fixed = NOT_SUBJECT_BREAKDOWN
                .matcher(text)
                .replaceAll("$1<ram:RateApplicablePercent>0</ram:RateApplicablePercent>$2");
        return fixed.getBytes(StandardCharsets.UTF_8);
    }

    static Invoice invoice(DocumentData d) {
        if (!hasEInvoice(d.type())) {
            throw new IllegalArgumentException(d.type() + " is not an invoice: it has no e-invoice");
        }
        boolean notSubject = d.lines().stream().anyMatch(l -> "O".equals(l.taxCategory()));
        Invoice invoice = new Invoice()
                .setNumber(d.number())
                .setIssueDate(date(d.issueDate()))
                .setCurrency(d.currency())
                .setSender(seller(d, notSubject))
                .setRecipient(buyer(d.recipient(), notSubject))
                // BT-10: the buyer's reference, required by XRechnung; the customer number is
                // what the customer knows us by.
                .setReferenceNumber(nonBlank(d.customerNumber(), d.number()));
        if (d.dueDate() != null) {
            invoice.setDueDate(date(d.dueDate()));
        }
        if (notBlank(d.paymentTerms())) {
            invoice.setPaymentTermDescription(d.paymentTerms());
        }
        if (notBlank(d.paymentReference())) {
            invoice.setPaymentReference(d.paymentReference());
        }
        if (d.paidAmount() != null && d.paidAmount().signum() != 0) {
            invoice.setTotalPrepaidAmount(d.paidAmount());
        }
        LocalDate from = d.lines().stream()
                .map(DocumentLine::periodFrom)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate to = d.lines().stream()
                .map(DocumentLine::periodTo)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        // BT-80, country of delivery: Factur-X wants it (BR-FX-EN-04) where no delivery date is given.
        Party r = d.recipient();
        invoice.setDeliveryAddress(new TradeParty(r.name(), r.street(), r.postalCode(), r.city(), r.country()));
        if (from != null && to != null) {
            invoice.setDetailedDeliveryPeriod(date(from), date(to));
        } else {
            invoice.setDeliveryDate(date(d.issueDate()));
        }
        if (d.type() == DocumentType.CREDIT_NOTE) {
            invoice.setCreditNote();
            if (notBlank(d.correctedNumber())) {
                invoice.setInvoiceReferencedDocumentID(d.correctedNumber());
                if (d.correctedDate() != null) {
                    invoice.setInvoiceReferencedIssueDate(date(d.correctedDate()));
                }
            }
        }
        for (String note : d.legalNotes() == null ? java.util.List.<String>of() : d.legalNotes()) {
            if (notBlank(note)) {
                invoice.addNote(note);
            }
        }
        for (DocumentLine line : d.lines()) {
            invoice.addItem(item(line, d));
        }
        checkTotals(invoice, d);
        return invoice;
    }

    private static TradeParty seller(DocumentData d, boolean notSubject) {
        Party s = d.seller();
        TradeParty party = new TradeParty(s.name(), s.street(), s.postalCode(), s.city(), s.country());
        if (notBlank(s.vatId())) {
            if (notSubject) {
                // BR-O-02: no VAT identifiers on a supply not subject to VAT; the seller is still
                // identified (BR-CO-26) by its VAT number as a plain seller identifier.
                party.setID(s.vatId());
            } else {
                party.addVATID(s.vatId());
            }
        }
        String contactName = nonBlank(s.contactName(), s.name());
        party.setContact(new Contact(contactName, s.phone(), s.email()));
        if (notBlank(s.email())) {
            party.addUriUniversalCommunicationID(new SchemedID("EM", s.email()));
        }
        BankAccount bank = d.bank();
        if (bank != null && notBlank(bank.iban())) {
            BankDetails details = new BankDetails(bank.iban().replace(" ", ""), blankToNull(bank.bic()))
                    .setPaymentMeansCode(CREDIT_TRANSFER);
            if (notBlank(bank.holder())) {
                details.setAccountName(bank.holder());
            }
            party.addBankDetails(details);
        }
        return party;
    }

    private static TradeParty buyer(Party r, boolean notSubject) {
        TradeParty party = new TradeParty(r.name(), r.street(), r.postalCode(), r.city(), r.country());
        if (notBlank(r.vatId()) && !notSubject) {
            party.addVATID(r.vatId());
        }
        if (notBlank(r.contactName()) || notBlank(r.phone())) {
            party.setContact(new Contact(nonBlank(r.contactName(), r.name()), r.phone(), r.email()));
        }
        if (notBlank(r.email())) {
            party.addUriUniversalCommunicationID(new SchemedID("EM", r.email()));
        }
        return party;
    }

    private static Item item(DocumentLine line, DocumentData d) {
        String category = line.taxCategory();
        Product product = new Product(line.description(), null, UNIT, rate(line));
        product.setTaxCategoryCode(category);
        if (!"S".equals(category)) {
            d.taxGroups().stream()
                    .filter(g -> category.equals(g.category()) && notBlank(g.exemptionNote()))
                    .findFirst()
                    .ifPresent(g -> product.setTaxExemptionReason(g.exemptionNote()));
        }
        Item item = new Item(product, line.unitPrice(), line.quantity());
        item.setId(String.valueOf(line.position()));
        if (line.periodFrom() != null && line.periodTo() != null) {
            item.setDetailedDeliveryPeriod(date(line.periodFrom()), date(line.periodTo()));
        }
        return item;
    }

    private static BigDecimal rate(DocumentLine line) {
        return "S".equals(line.taxCategory()) ? line.ratePercent() : BigDecimal.ZERO;
    }

    /**
     * The e-invoice states its totals as computed from its lines (EN 16931 BR-CO rules). A document
     * whose printed totals differ from those would be two different invoices; refuse it.
     */
    private static void checkTotals(Invoice invoice, DocumentData d) {
        TransactionCalculator calculator = new TransactionCalculator(invoice);
        requireSame(d, "net total", d.totalNet(), calculator.getTaxBasis());
        requireSame(d, "gross total", d.totalGross(), calculator.getGrandTotal());
    }

    private static void requireSame(DocumentData d, String what, BigDecimal printed, BigDecimal computed) {
        if (printed.compareTo(computed) != 0) {
            throw new IllegalArgumentException(
                    "Document " + d.number() + ": " + what + " " + printed + " differs from the lines' " + computed);
        }
    }

    static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    static String string(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s : null;
    }

    private static String nonBlank(String s, String fallback) {
        return notBlank(s) ? s : fallback;
    }
}
