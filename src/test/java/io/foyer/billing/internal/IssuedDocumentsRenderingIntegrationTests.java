package io.foyer.billing.internal;

import static io.foyer.billing.internal.BillingFixtures.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;

/** Stored documents, mapped for the renderer: every invoice and credit note passes the Mustang validator. */
@IntegrationTest
class IssuedDocumentsRenderingIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSupport support;

    @Autowired
    Issuing issuing;

    @Autowired
    Payments payments;

    @Autowired
    DocumentRendering rendering;

    @Autowired
    Billing billing;

    private static void assertValid(byte[] file, String name) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(file, name);
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(report).as(report).doesNotContain("<error");
    }

    private Document paidInvoice(long accountId) {
        Document request = issuing.issue(
                accountId,
                io.foyer.billing.DocumentKind.PAYMENT_REQUEST,
                BillingFixtures.order(),
                List.of(
                        BillingFixtures.line("Web hosting S, 1 month", "3", "4.99"),
                        BillingFixtures.line("Setup fee", "1", "0.05")),
                SYSTEM);
        assertThat(rendering.pdf(request)).startsWith("%PDF".getBytes());
        assertThat(rendering.quotePdf(request)).startsWith("%PDF".getBytes());
        return payments.recordBankPayment(
                        accountId, request.id(), request.gross(), LocalDate.of(2026, 11, 22), null, SYSTEM)
                .invoice();
    }

    @Test
    void aDomesticInvoiceAndItsCreditNoteAreValidEInvoices() {
        long accountId = BillingFixtures.germanCustomer(fixtures, support, "render-de")
                .account()
                .id();
        Document invoice = paidInvoice(accountId);

        assertValid(rendering.pdf(invoice), "invoice.pdf");
        assertValid(rendering.xml(invoice, "facturx"), "invoice.xml");
        assertValid(rendering.xml(invoice, "xrechnung"), "xrechnung.xml");

        Document note = issuing.creditNote(accountId, invoice.id(), SYSTEM);
        assertValid(rendering.pdf(note), "credit-note.pdf");
    }

    @Test
    void aReverseChargeInvoiceIsAValidEInvoice() {
        var owner = fixtures.owner("render-rc");
        long accountId = owner.account().id();
        support.completeAddress(
                accountId, "BUSINESS", "Acme SARL", "1 Rue de Rivoli", "75001", "Paris", "FR", "FR40303265045");
        Document invoice = paidInvoice(accountId);
        assertThat(invoice.totalTax()).isEqualByComparingTo("0");
        assertValid(rendering.pdf(invoice), "invoice.pdf");
        assertValid(rendering.xml(invoice, "xrechnung"), "xrechnung.xml");
    }

    @Test
    void aQuoteForLinesIsRenderedWithoutStoringAnything() {
        long accountId = BillingFixtures.germanCustomer(fixtures, support, "render-quote")
                .account()
                .id();
        byte[] pdf = billing.quotePdf(accountId, List.of(BillingFixtures.line("VPS M", "12", "9.90")));
        assertThat(pdf).startsWith("%PDF".getBytes());
        assertThat(billing.unpaid(accountId)).isEmpty();
    }
}
