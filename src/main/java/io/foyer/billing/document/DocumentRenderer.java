package io.foyer.billing.document;

/** Renders documents; pure functions of {@link DocumentData}, safe to call from many threads. */
public interface DocumentRenderer {

    /**
     * PDF/A-3 with embedded fonts in the document's language; invoices and credit notes embed the
     * Factur-X / ZUGFeRD XML (profile EN 16931); bank-transfer documents with an amount due carry
     * an EPC QR code.
     */
    byte[] pdf(DocumentData document);

    /** The Factur-X / ZUGFeRD CII XML (EN 16931) of an invoice or credit note. */
    byte[] facturX(DocumentData document);

    /** The XRechnung XML of an invoice or credit note. */
    byte[] xrechnung(DocumentData document);
}
