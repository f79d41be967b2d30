package io.foyer.catalog.internal;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.catalog.CatalogEntryNotFound;
import io.foyer.catalog.CatalogInputRules;
import io.foyer.catalog.InvalidCatalogInput;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanEntry;
import io.foyer.catalog.PlanPrice;
import io.foyer.catalog.Product;
import io.foyer.catalog.ProductKind;
import io.foyer.shared.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the catalog; every change is one transaction that checks all input first. */
@Service
@Transactional
class CatalogService implements Catalog, CatalogAdministration {

    private final CatalogRecords records;

    CatalogService(CatalogRecords records) {
        this.records = records;
    }

    // --- reading

    @Override
    @Transactional(readOnly = true)
    public List<Plan> activePlans() {
        return records.activePlans().stream().map(PlanEntry::plan).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Plan> plan(long planId) {
        return records.plan(planId).map(PlanEntry::plan);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanPrice> orderablePrice(long planId, BillingPeriod period, String currency) {
        if (period == null || currency == null) {
            return Optional.empty();
        }
        return records.orderablePrice(planId, period, currency);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Product> products() {
        Map<Long, List<PlanEntry>> plans = new LinkedHashMap<>();
        records.allPlans().forEach(p -> plans.computeIfAbsent(p.plan().productId(), id -> new ArrayList<>())
                .add(p));
        return records.products().stream()
                .map(row -> product(row, plans.getOrDefault(row.id(), List.of())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Product> product(long productId) {
        return records.product(productId).map(row -> product(row, records.plansOfProduct(productId)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanEntry> planEntry(long planId) {
        return records.plan(planId);
    }

    private static Product product(CatalogRecords.ProductRow row, List<PlanEntry> plans) {
        return new Product(
                row.id(), row.kind(), row.name(), row.description(), row.active(), row.sortOrder(), List.copyOf(plans));
    }

    // --- products

    @Override
    public long createProduct(ProductKind kind, String name, String description) {
        kind(kind);
        String cleanName = CatalogInputRules.name("name", name);
        String cleanDescription = CatalogInputRules.description("description", description);
        requireFreeProductName(cleanName, 0);
        try {
            return records.insertProduct(kind, cleanName, cleanDescription);
        } catch (DuplicateKeyException e) {
            throw new InvalidCatalogInput("name", "catalog.validation.nameTaken");
        }
    }

    @Override
    public void updateProduct(long productId, ProductKind kind, String name, String description, int sortOrder) {
        kind(kind);
        String cleanName = CatalogInputRules.name("name", name);
        String cleanDescription = CatalogInputRules.description("description", description);
        CatalogInputRules.sortOrder("sortOrder", sortOrder);
        requireProduct(productId);
        requireFreeProductName(cleanName, productId);
        try {
            records.updateProduct(productId, kind, cleanName, cleanDescription, sortOrder);
        } catch (DuplicateKeyException e) {
            throw new InvalidCatalogInput("name", "catalog.validation.nameTaken");
        }
    }

    @Override
    public void retireProduct(long productId) {
        setActive(CatalogRecords.Retirable.PRODUCT, productId, false);
    }

    @Override
    public void activateProduct(long productId) {
        setActive(CatalogRecords.Retirable.PRODUCT, productId, true);
    }

    // --- plans

    @Override
    public long createPlan(long productId, String name, String description, Map<String, String> configuration) {
        String cleanName = CatalogInputRules.name("name", name);
        String cleanDescription = CatalogInputRules.description("description", description);
        Map<String, String> values = CatalogInputRules.configuration("configuration", configuration);
        requireProduct(productId);
        requireFreePlanName(productId, cleanName, 0);
        long planId;
        try {
            planId = records.insertPlan(productId, cleanName, cleanDescription);
        } catch (DuplicateKeyException e) {
            throw new InvalidCatalogInput("name", "catalog.validation.nameTaken");
        }
        records.replaceValues(planId, values);
        return planId;
    }

    @Override
    public void updatePlan(
            long planId, String name, String description, Map<String, String> configuration, int sortOrder) {
        String cleanName = CatalogInputRules.name("name", name);
        String cleanDescription = CatalogInputRules.description("description", description);
        Map<String, String> values = CatalogInputRules.configuration("configuration", configuration);
        CatalogInputRules.sortOrder("sortOrder", sortOrder);
        long productId = requirePlan(planId);
        requireFreePlanName(productId, cleanName, planId);
        try {
            records.updatePlan(planId, cleanName, cleanDescription, sortOrder);
        } catch (DuplicateKeyException e) {
            throw new InvalidCatalogInput("name", "catalog.validation.nameTaken");
        }
        records.replaceValues(planId, values);
    }

    @Override
    public void retirePlan(long planId) {
        setActive(CatalogRecords.Retirable.PLAN, planId, false);
    }

    @Override
    public void activatePlan(long planId) {
        setActive(CatalogRecords.Retirable.PLAN, planId, true);
    }

    // --- prices

    @Override
    public void setPrice(long planId, BillingPeriod period, Money price, Money setupFee) {
        checkPrice("price", "setupFee", period, price, setupFee);
        requirePlan(planId);
        records.upsertPrice(planId, period, price, setupFee);
    }

    @Override
    public void removePrice(long planId, BillingPeriod period, String currency) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        requirePlan(planId);
        records.deletePrice(planId, period, currency);
    }

    @Override
    public void replacePrices(long planId, Collection<PlanPrice> prices) {
        Set<String> seen = new HashSet<>();
        for (PlanPrice p : prices) {
            String cell = p.price() == null ? "?" : p.price().currency() + "-" + monthsOf(p.period());
            checkPrice("price[" + cell + "]", "setupFee[" + cell + "]", p.period(), p.price(), p.setupFee());
            if (p.planId() != planId) {
                throw new InvalidCatalogInput("price[" + cell + "]", "catalog.validation.otherPlan");
            }
            if (!seen.add(cell)) {
                throw new InvalidCatalogInput("price[" + cell + "]", "catalog.validation.priceTwice");
            }
        }
        requirePlan(planId);
        records.deletePrices(planId);
        prices.forEach(p -> records.upsertPrice(planId, p.period(), p.price(), p.setupFee()));
    }

    private static void checkPrice(
            String priceField, String setupFeeField, BillingPeriod period, Money price, Money setupFee) {
        if (period == null) {
            throw new InvalidCatalogInput(priceField, "catalog.validation.period");
        }
        CatalogInputRules.money(priceField, price);
        CatalogInputRules.money(setupFeeField, setupFee);
        if (!price.currency().equals(setupFee.currency())) {
            throw new InvalidCatalogInput(setupFeeField, "catalog.validation.currencyMismatch");
        }
    }

    private static String monthsOf(BillingPeriod period) {
        return period == null ? "?" : String.valueOf(period.months());
    }

    // --- helpers

    private void setActive(CatalogRecords.Retirable what, long id, boolean active) {
        if (!records.setActive(what, id, active)) {
            throw new CatalogEntryNotFound(what.name().toLowerCase(java.util.Locale.ROOT), id);
        }
    }

    private static void kind(ProductKind kind) {
        if (kind == null) {
            throw new InvalidCatalogInput("kind", "catalog.validation.kind");
        }
    }

    private void requireProduct(long productId) {
        if (!records.lockProduct(productId)) {
            throw new CatalogEntryNotFound("product", productId);
        }
    }

    /** The plan's product id; the plan row stays locked until the transaction ends. */
    private long requirePlan(long planId) {
        return records.lockPlan(planId).orElseThrow(() -> new CatalogEntryNotFound("plan", planId));
    }

    private void requireFreeProductName(String name, long exceptId) {
        if (records.productNameTaken(name, exceptId)) {
            throw new InvalidCatalogInput("name", "catalog.validation.nameTaken");
        }
    }

    private void requireFreePlanName(long productId, String name, long exceptId) {
        if (records.planNameTaken(productId, name, exceptId)) {
            throw new InvalidCatalogInput("name", "catalog.validation.nameTaken");
        }
    }
}
