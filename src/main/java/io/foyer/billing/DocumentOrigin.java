package io.foyer.billing;

/** Why a document exists: an order, the renewal of a service, or staff typing it in. */
public record DocumentOrigin(Kind kind, long reference) {

    public enum Kind {
        /** reference = order id */
        ORDER,
        /** reference = service id */
        RENEWAL,
        /** reference = 0 */
        MANUAL
    }
}
