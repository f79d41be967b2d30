package io.foyer.catalog;

import io.foyer.shared.Money;
import java.util.Map;

/** Changing the catalog: used by the staff console, the demo data and tests of other modules. */
public interface CatalogAdministration {

    long createProduct(ProductKind kind, String name, String description);

    /** @param configuration ordered label → value pairs, e.g. {@code CPU -> 4 vCPU} */
    long createPlan(long productId, String name, String description, Map<String, String> configuration);

    /** Sets (or replaces) the net price and setup fee of one period in one currency. */
    void setPrice(long planId, BillingPeriod period, Money price, Money setupFee);

    /** A retired plan can no longer be ordered; existing services keep it. */
    void retirePlan(long planId);

    void activatePlan(long planId);
}
