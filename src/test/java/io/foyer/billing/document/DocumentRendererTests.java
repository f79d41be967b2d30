package io.foyer.billing.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * Rendered invoices and credit notes are valid PDF/A-3 with a valid embedded Factur-X / ZUGFeRD
 * EN 16931 XML, and their XRechnung is valid: the Mustang validator reports no error at all.
 */
class DocumentRendererTests {

    private static final PdfDocumentRenderer renderer = SampleDocuments.renderer();

    static Stream<DocumentData> eInvoices() {
        return SampleDocuments.eInvoices().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("eInvoices")
    void pdfWithEmbeddedFacturXIsValid(DocumentData doc) throws IOException {
        byte[] pdf = renderer.pdf(doc);

        assertValid(pdf, doc.number() + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(embeddedFiles(document)).containsExactly("factur-x.xml");
            byte[] embedded = document.getDocumentCatalog()
                    .getNames()
                    .getEmbeddedFiles()
                    .getNames()
                    .get("factur-x.xml")
                    .getEmbeddedFile()
                    .toByteArray();
            assertThat(embedded).isEqualTo(renderer.facturX(doc));
            assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("eInvoices")
    void xrechnungIsValid(DocumentData doc) {
        byte[] xml = renderer.xrechnung(doc);

        assertThat(string(xml)).contains("urn:xeinkauf.de:kosit:xrechnung_3.0");
        assertValid(xml, doc.number() + "-xrechnung.xml");
    }

    @Test
    void germanDomesticInvoicePrintsItsFigures() throws IOException {
        String text = text(renderer.pdf(SampleDocuments.germanInvoice()));

        assertThat(text)
                .contains("Rechnung", "RE-2026-000042", "30.11.2026", "Fällig am", "14.12.2026")
                .contains("Kundennummer", "K-10042", "Beispiel Webdesign GmbH", "80331 München")
                .contains("01.12.2026 – 31.12.2026", "USt. 19 %", "10,00", "1,90", "11,90 EUR")
                .contains("Offener Betrag", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", "GiroCode");
    }

    @Test
    void reverseChargeNamesBothVatIdsAndTheReason() throws IOException {
        DocumentData doc = SampleDocuments.reverseChargeToAustria();
        String text = text(renderer.pdf(doc));
        String xml = string(renderer.facturX(doc));

        assertThat(text).contains("Invoice", "ATU12345678", "DE123456789", "Reverse charge", "24.90 EUR", "AUSTRIA");
        assertThat(xml)
                .contains("<ram:CategoryCode>AE</ram:CategoryCode>", "ATU12345678", "DE123456789")
                .contains("<ram:ExemptionReason>Reverse charge");
    }

    @Test
    void ossInvoiceChargesTheFrenchRate() throws IOException {
        DocumentData doc = SampleDocuments.ossConsumerInFrance();
        String text = text(renderer.pdf(doc));

        assertThat(text).contains("VAT 20 %", "4.99", "1.00", "5.99 EUR", "FRANCE");
        assertThat(string(renderer.facturX(doc))).contains("<ram:RateApplicablePercent>20");
    }

    @Test
    void supplyOutsideTheEuCarriesNoVatIdsInTheXml() throws IOException {
        DocumentData doc = SampleDocuments.customerOutsideTheEu();
        String xml = string(renderer.facturX(doc));

        assertThat(xml).contains("<ram:CategoryCode>O</ram:CategoryCode>").doesNotContain("schemeID=\"VA\"");
        assertThat(string(renderer.xrechnung(doc)))
                .doesNotContain("schemeID=\"VA\"")
                .contains("<ram:RateApplicablePercent>0</ram:RateApplicablePercent>");
        assertThat(text(renderer.pdf(doc))).contains("Not subject to VAT", "89.00 EUR", "UNITED STATES");
    }

    @Test
    void creditNoteNamesTheInvoiceItCorrects() throws IOException {
        DocumentData doc = SampleDocuments.creditNote();
        String text = text(renderer.pdf(doc));
        String xml = string(renderer.facturX(doc));

        assertThat(text)
                .contains("Stornorechnung", "GS-2026-000007", "RE-2026-000041", "02.11.2026", "11,90 EUR")
                .doesNotContain("Bitte überweisen", "Offener Betrag");
        assertThat(xml).contains("<ram:TypeCode>381</ram:TypeCode>", "<ram:IssuerAssignedID>RE-2026-000041");
    }

    @Test
    void linesShowTheirOwnServicePeriodsAndPartPayment() throws IOException {
        DocumentData doc = SampleDocuments.twoServicePeriods();
        String text = text(renderer.pdf(doc));

        assertThat(text)
                .contains("01.12.2026 – 31.12.2026", "01.01.2027 – 31.12.2027", "Einrichtungsgebühr")
                .contains("41,99 EUR", "7,98 EUR", "49,97 EUR", "Bereits bezahlt", "20,00 EUR", "29,97 EUR");
        assertThat(string(renderer.facturX(doc)))
                .contains("<ram:TotalPrepaidAmount>20.00</ram:TotalPrepaidAmount>")
                .contains("<ram:DuePayableAmount>29.97</ram:DuePayableAmount>");
    }

    @Test
    void centAmountsAreRoundedOnceAndPrintedExactly() throws IOException {
        DocumentData doc = SampleDocuments.centAmounts();
        String text = text(renderer.pdf(doc));

        // 0.01 + 3 × 0.3333 (1.00) + 2.5 × 0.05 (0.13) = 1.14 net; 19 % = 0.2166 → 0.22
        assertThat(text).contains("0.3333", "2.5", "1.14 EUR", "0.22 EUR", "1.36 EUR", "1.35 EUR");
        assertThat(string(renderer.facturX(doc))).contains("<ram:GrandTotalAmount>1.36</ram:GrandTotalAmount>");
    }

    @Test
    void longInvoiceRunsOverPagesWithTheTableHeadRepeated() throws IOException {
        byte[] pdf = renderer.pdf(SampleDocuments.manyLines());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(document)).contains("Unit price (EUR)", "Page 2 / ");
        }
        assertThat(text(pdf)).contains("449.40 EUR", "85.39 EUR", "534.79 EUR");
    }

    @Test
    void dollarInvoiceHasBankDetailsButNoGiroCode() throws IOException {
        DocumentData doc = SampleDocuments.dollarInvoice();

        assertThat(text(renderer.pdf(doc)))
                .contains("Please transfer 12.50 USD", "DE89 3704 0044 0532 0130 00", "12.50 USD")
                .doesNotContain("GiroCode");
        assertThat(string(renderer.facturX(doc))).contains("<ram:InvoiceCurrencyCode>USD</ram:InvoiceCurrencyCode>");
    }

    @Test
    void paidInvoiceHasNoPaymentInstructions() throws IOException {
        String text = text(renderer.pdf(SampleDocuments.paidInvoice()));

        assertThat(text).contains("Vollständig bezahlt").doesNotContain("Bitte überweisen", "GiroCode");
    }

    @Test
    void paymentRequestIsNoInvoiceAndHasNoXml() throws IOException {
        DocumentData doc = SampleDocuments.paymentRequest();
        byte[] pdf = renderer.pdf(doc);

        assertThat(text(pdf)).contains("Zahlungsaufforderung", "keine Rechnung", "11,90 EUR", "GiroCode");
        assertPdfA(pdf);
        assertThatIllegalArgumentException().isThrownBy(() -> renderer.facturX(doc));
        assertThatIllegalArgumentException().isThrownBy(() -> renderer.xrechnung(doc));
    }

    @Test
    void quoteIsNoInvoiceAndHasNoXml() throws IOException {
        DocumentData doc = SampleDocuments.quote();
        byte[] pdf = renderer.pdf(doc);

        assertThat(text(pdf))
                .contains("Quote", "not an invoice", "Valid until", "89.00 EUR")
                .doesNotContain("GiroCode", "Please transfer");
        assertPdfA(pdf);
        assertThatIllegalArgumentException().isThrownBy(() -> renderer.facturX(doc));
    }

    @Test
    void otherLanguagesGetTheEnglishDocument() throws IOException {
        DocumentData d = SampleDocuments.ossConsumerInFrance();
        DocumentData french = SampleDocuments.copy(d, d.currency(), Locale.FRENCH, d.totalGross(), null);

        assertThat(text(renderer.pdf(french))).contains("Invoice", "Nov 30, 2026", "5.99 EUR", "FRANCE");
    }

    @Test
    void refusesTotalsThatDifferFromTheLines() {
        DocumentData d = SampleDocuments.germanInvoice();
        DocumentData wrong = SampleDocuments.copy(
                d, d.currency(), d.language(), d.totalGross().add(new BigDecimal("0.01")), null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> renderer.pdf(wrong))
                .withMessageContaining("RE-2026-000042")
                .withMessageContaining("gross total");
    }

    static void assertValid(byte[] file, String name) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(file, name);
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(report).as(report).doesNotContain("<error").contains("<summary status=\"valid\"/>");
    }

    /** PDF/A-3 without an e-invoice: the PDF part of the report is compliant, and no file is embedded. */
    private static void assertPdfA(byte[] pdf) throws IOException {
        String report = new ZUGFeRDValidator().validate(pdf, "document.pdf");
        assertThat(report).as(report).contains("flavour=3u").contains("isCompliant=true");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(embeddedFiles(document)).isEmpty();
        }
    }

    private static java.util.Set<String> embeddedFiles(PDDocument document) throws IOException {
        var names = document.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return java.util.Set.of();
        }
        var files = names.getEmbeddedFiles().getNames();
        return files == null ? java.util.Set.of() : files.keySet();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String string(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
