package io.foyer.billing;

import io.foyer.account.Actor;
import io.foyer.shared.Money;
import java.time.LocalDate;

/**
 * Staff-side billing actions other modules may take on the provider's behalf (the demo data, a
 * future bank-statement import): the same checks and audit entries as the console.
 */
public interface BillingAdministration {

    /**
     * Records a bank transfer received for a document; more than is due goes to the balance, and a
     * payment request paid in full becomes an invoice.
     *
     * @throws DocumentAlreadyPaid when it has been paid already
     * @throws BillingRefused for an amount or date the console would refuse too
     */
    void recordBankPayment(
            long accountId, long documentId, Money amount, LocalDate paidOn, String reference, Actor actor);
}
