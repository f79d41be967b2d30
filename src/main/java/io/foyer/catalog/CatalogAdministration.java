package io.foyer.catalog;

import io.foyer.shared.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changing the catalog: used by the staff console, the demo data and tests of other modules. Every
 * method is one transaction and checks its input: wrong input throws {@link InvalidCatalogInput}
 * (naming the field and a message key) and changes nothing; an unknown id throws {@link
 * CatalogEntryNotFound}.
 */
public interface CatalogAdministration {

    /** Amounts (prices and setup fees) must be below this. */
    BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    int MAX_NAME_LENGTH = 100;
    int MAX_DESCRIPTION_LENGTH = 2000;
    int MAX_LABEL_LENGTH = 50;
    int MAX_VALUE_LENGTH = 200;
    int MAX_CONFIGURATION_VALUES = 30;
    int MAX_SORT_ORDER = 9999;

    /** A new active product, sorted after the existing ones. */
    long createProduct(ProductKind kind, String name, String description);

    void updateProduct(long productId, ProductKind kind, String name, String description, int sortOrder);

    /** A retired product's plans can no longer be ordered; its plans keep their own state. */
    void retireProduct(long productId);

    void activateProduct(long productId);

    /**
     * A new active plan without prices, sorted after the product's existing plans.
     *
     * @param configuration ordered label → value pairs, e.g. {@code CPU -> 4 vCPU}
     */
    long createPlan(long productId, String name, String description, Map<String, String> configuration);

    /** Replaces name, description, sort order and the whole ordered configuration. */
    void updatePlan(long planId, String name, String description, Map<String, String> configuration, int sortOrder);

    /** Sets (or replaces) the net price and setup fee of one period in one currency. */
    void setPrice(long planId, BillingPeriod period, Money price, Money setupFee);

    /** The period is no longer offered in that currency; nothing happens when it was not. */
    void removePrice(long planId, BillingPeriod period, String currency);

    /**
     * Replaces all prices of the plan with these (each period and currency at most once), in one
     * transaction: either all are saved or none.
     */
    void replacePrices(long planId, Collection<PlanPrice> prices);

    /** A retired plan can no longer be ordered; existing services keep it. */
    void retirePlan(long planId);

    void activatePlan(long planId);

    /** Every product with every plan, active and retired, in their sort order. */
    List<Product> products();

    Optional<Product> product(long productId);

    /** One plan as staff see it (with its own active flag and sort order). */
    Optional<PlanEntry> planEntry(long planId);
}
