package io.foyer.subscription.internal;

import java.time.LocalDate;

/**
 * Paid periods. Every period end is counted from the first paid day, not from the previous end,
 * so a service started on 31 January ends on the day before the 31st (or the month's last day)
 * every time instead of drifting towards the 28th.
 */
final class ServicePeriods {

    private ServicePeriods() {}

    /** The last paid day when {@code months} months have been paid from {@code firstDay}. */
    static LocalDate lastDay(LocalDate firstDay, int months) {
        return firstDay.plusMonths(months).minusDays(1);
    }
}
