package io.foyer.subscription;

import io.foyer.catalog.BillingPeriod;
import io.foyer.shared.Money;
import java.time.LocalDate;

/**
 * A period a running service can be renewed for next, and what it costs.
 *
 * @param period the months renewed: the service's own billing period, or a longer one its plan is priced for
 * @param price net of VAT, for the whole period
 * @param periodStart the first day of the next period (the day after the paid period ends)
 * @param periodEnd the last day it would pay for
 * @param requested a payment request for this next period exists already: it is the only term then
 * @param changesPeriod paying it makes this period (and price) the service's billing period for later renewals
 */
public record RenewalTerm(
        BillingPeriod period,
        Money price,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean requested,
        boolean changesPeriod) {}
