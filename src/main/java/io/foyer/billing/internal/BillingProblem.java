package io.foyer.billing.internal;

import io.foyer.billing.BillingRefused;

/**
 * Bad input or a refused action in billing, thrown before anything is written, or inside the
 * transaction so that nothing is. Other modules see it as {@link BillingRefused}.
 */
public class BillingProblem extends BillingRefused {

    public BillingProblem(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }

    public static BillingProblem of(String messageKey, Object... args) {
        return new BillingProblem(null, messageKey, args);
    }
}
