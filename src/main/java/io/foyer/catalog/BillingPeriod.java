package io.foyer.catalog;

import java.util.Optional;

/** The billing periods a plan can be sold for. */
public enum BillingPeriod {
    ONE_MONTH(1),
    THREE_MONTHS(3),
    SIX_MONTHS(6),
    TWELVE_MONTHS(12),
    TWENTY_FOUR_MONTHS(24);

    private final int months;

    BillingPeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public static Optional<BillingPeriod> ofMonths(int months) {
        for (BillingPeriod p : values()) {
            if (p.months == months) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
