package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.billing.BillingAdministration;
import io.foyer.shared.Money;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** The public staff-side actions, delegating to the same services the console uses. */
@Service
class StaffBillingActions implements BillingAdministration {

    private final Payments payments;

    StaffBillingActions(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void recordBankPayment(
            long accountId, long documentId, Money amount, LocalDate paidOn, String reference, Actor actor) {
        payments.recordBankPayment(accountId, documentId, amount, paidOn, reference, actor);
    }
}
