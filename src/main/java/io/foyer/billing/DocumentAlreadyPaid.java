package io.foyer.billing;

/** The document has been paid already; paying it again would charge twice. */
public class DocumentAlreadyPaid extends RuntimeException {
    public DocumentAlreadyPaid() {
        super("The document has been paid already");
    }
}
