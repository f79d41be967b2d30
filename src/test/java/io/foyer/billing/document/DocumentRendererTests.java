package io.foyer.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

/** Rendered documents are valid PDF/A-3 with a valid EN 16931 e-invoice, and valid XRechnung. */
class DocumentRendererTests {

    private final PdfDocumentRenderer renderer = SampleDocuments.renderer();

    @Test
    void germanDomesticInvoice() throws IOException {
        DocumentData doc = SampleDocuments.germanInvoice();

        byte[] pdf = renderer.pdf(doc);

        assertValid(pdf, doc.number() + ".pdf");
        assertValid(renderer.xrechnung(doc), doc.number() + "-xrechnung.xml");
        assertThat(text(pdf))
                .contains("Rechnung", "RE-2026-000042", "K-10042", "USt. 19 %", "10,00", "1,90", "11,90 EUR");
    }

    static void assertValid(byte[] file, String name) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(file, name);
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(report).doesNotContain("<error");
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
