package io.foyer.catalog.internal;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanEntry;
import io.foyer.catalog.PlanPrice;
import io.foyer.catalog.ProductKind;
import io.foyer.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog tables. Plans are read with their configuration values and prices in three queries. */
@Repository
class CatalogRecords {

    private static final String PLANS =
            """
            select p.id, p.product_id, pr.name as product_name, pr.kind, p.name, p.description, p.active,
                   pr.active as product_active, p.sort_order
            from catalog_plan p join catalog_product pr on pr.id = p.product_id
            """;
    private static final String PLAN_ORDER = " order by pr.sort_order, pr.id, p.sort_order, p.id";

    private final JdbcClient jdbc;

    CatalogRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ProductRow(long id, ProductKind kind, String name, String description, boolean active, int sortOrder) {}

    private record PlanRow(
            long id,
            long productId,
            String productName,
            ProductKind kind,
            String name,
            String description,
            boolean active,
            boolean productActive,
            int sortOrder) {}

    // --- products

    long insertProduct(ProductKind kind, String name, String description) {
        return jdbc.sql(
                        """
                insert into catalog_product (kind, name, description, sort_order)
                values (?, ?, ?, (select least(coalesce(max(sort_order) + 10, 10), 9999) from catalog_product))
                returning id""")
                .params(kind.name(), name, description)
                .query(Long.class)
                .single();
    }

    boolean updateProduct(long id, ProductKind kind, String name, String description, int sortOrder) {
        return jdbc.sql("update catalog_product set kind = ?, name = ?, description = ?, sort_order = ? where id = ?")
                        .params(kind.name(), name, description, sortOrder, id)
                        .update()
                > 0;
    }

    /** The two things that can be retired and reactivated, with their tables. */
    enum Retirable {
        PRODUCT("catalog_product"),
        PLAN("catalog_plan");

        private final String table;

        Retirable(String table) {
            this.table = table;
        }
    }

    boolean setActive(Retirable what, long id, boolean active) {
        return jdbc.sql("update " + what.table + " set active = ? where id = ?")
                        .params(active, id)
                        .update()
                > 0;
    }

    /** Locks the product row, so plans are not added to it while it changes. */
    boolean lockProduct(long id) {
        return jdbc.sql("select id from catalog_product where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    boolean productNameTaken(String name, long exceptId) {
        return jdbc.sql("select count(*) from catalog_product where lower(name) = lower(?) and id <> ?")
                        .params(name, exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<ProductRow> products() {
        return jdbc.sql("select * from catalog_product order by sort_order, id")
                .query(CatalogRecords::product)
                .list();
    }

    Optional<ProductRow> product(long id) {
        return jdbc.sql("select * from catalog_product where id = ?")
                .param(id)
                .query(CatalogRecords::product)
                .optional();
    }

    // --- plans

    long insertPlan(long productId, String name, String description) {
        return jdbc.sql(
                        """
                insert into catalog_plan (product_id, name, description, sort_order)
                values (?, ?, ?, (select least(coalesce(max(sort_order) + 10, 10), 9999) from catalog_plan
                                  where product_id = ?))
                returning id""")
                .params(productId, name, description, productId)
                .query(Long.class)
                .single();
    }

    boolean updatePlan(long id, String name, String description, int sortOrder) {
        return jdbc.sql("update catalog_plan set name = ?, description = ?, sort_order = ? where id = ?")
                        .params(name, description, sortOrder, id)
                        .update()
                > 0;
    }

    /** Locks the plan row: two saves of the same plan's prices or values run one after the other. */
    Optional<Long> lockPlan(long id) {
        return jdbc.sql("select product_id from catalog_plan where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
    }

    boolean planNameTaken(long productId, String name, long exceptId) {
        return jdbc.sql("select count(*) from catalog_plan where product_id = ? and lower(name) = lower(?) and id <> ?")
                        .params(productId, name, exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void replaceValues(long planId, Map<String, String> configuration) {
        jdbc.sql("delete from catalog_plan_value where plan_id = ?")
                .param(planId)
                .update();
        int position = 0;
        for (var entry : configuration.entrySet()) {
            jdbc.sql("insert into catalog_plan_value (plan_id, position, label, value) values (?, ?, ?, ?)")
                    .params(planId, position++, entry.getKey(), entry.getValue())
                    .update();
        }
    }

    void upsertPrice(long planId, BillingPeriod period, Money price, Money setupFee) {
        jdbc.sql(
                        """
                insert into catalog_plan_price (plan_id, period_months, currency, price, setup_fee) values (?, ?, ?, ?, ?)
                on conflict (plan_id, period_months, currency)
                do update set price = excluded.price, setup_fee = excluded.setup_fee""")
                .params(planId, period.months(), price.currency(), price.amount(), setupFee.amount())
                .update();
    }

    void deletePrice(long planId, BillingPeriod period, String currency) {
        jdbc.sql("delete from catalog_plan_price where plan_id = ? and period_months = ? and currency = ?")
                .params(planId, period.months(), currency)
                .update();
    }

    void deletePrices(long planId) {
        jdbc.sql("delete from catalog_plan_price where plan_id = ?")
                .param(planId)
                .update();
    }

    Optional<PlanPrice> orderablePrice(long planId, BillingPeriod period, String currency) {
        return jdbc.sql(
                        """
                select pp.* from catalog_plan_price pp
                join catalog_plan p on p.id = pp.plan_id join catalog_product pr on pr.id = p.product_id
                where pp.plan_id = ? and pp.period_months = ? and pp.currency = ? and p.active and pr.active""")
                .params(planId, period.months(), currency)
                .query(CatalogRecords::price)
                .optional();
    }

    // --- reading whole plans

    List<PlanEntry> activePlans() {
        return plans(PLANS + " where p.active and pr.active" + PLAN_ORDER);
    }

    List<PlanEntry> allPlans() {
        return plans(PLANS + PLAN_ORDER);
    }

    List<PlanEntry> plansOfProduct(long productId) {
        return plans(PLANS + " where p.product_id = ?" + PLAN_ORDER, productId);
    }

    Optional<PlanEntry> plan(long planId) {
        return plans(PLANS + " where p.id = ?", planId).stream().findFirst();
    }

    private List<PlanEntry> plans(String sql, Object... params) {
        List<PlanRow> rows =
                jdbc.sql(sql).params(params).query(CatalogRecords::planRow).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(PlanRow::id).toArray(Long[]::new);
        Map<Long, Map<String, String>> values = new HashMap<>();
        jdbc.sql(
                        "select plan_id, label, value from catalog_plan_value where plan_id = any(?) order by plan_id, position")
                .param(ids)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        Map<Long, List<PlanPrice>> prices = new HashMap<>();
        jdbc.sql("select * from catalog_plan_price where plan_id = any(?)")
                .param(ids)
                .query(CatalogRecords::price)
                .list()
                .forEach(p -> prices.computeIfAbsent(p.planId(), id -> new ArrayList<>())
                        .add(p));
        List<PlanEntry> plans = new ArrayList<>(rows.size());
        for (PlanRow row : rows) {
            List<PlanPrice> own = new ArrayList<>(prices.getOrDefault(row.id(), List.of()));
            own.sort(PRICE_ORDER);
            Plan plan = new Plan(
                    row.id(),
                    row.productId(),
                    row.productName(),
                    row.kind(),
                    row.name(),
                    row.description(),
                    java.util.Collections.unmodifiableMap(values.getOrDefault(row.id(), new LinkedHashMap<>())),
                    row.active() && row.productActive(),
                    List.copyOf(own));
            plans.add(new PlanEntry(plan, row.active(), row.productActive(), row.sortOrder()));
        }
        return plans;
    }

    /** Currencies in the order of {@link Catalog#CURRENCIES}, then the shortest period first. */
    static final Comparator<PlanPrice> PRICE_ORDER = Comparator.<PlanPrice>comparingInt(
                    p -> Catalog.CURRENCIES.indexOf(p.price().currency()))
            .thenComparing(p -> p.price().currency())
            .thenComparingInt(p -> p.period().months());

    private static ProductRow product(ResultSet rs, int n) throws SQLException {
        return new ProductRow(
                rs.getLong("id"),
                ProductKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("description"),
                rs.getBoolean("active"),
                rs.getInt("sort_order"));
    }

    private static PlanRow planRow(ResultSet rs, int n) throws SQLException {
        return new PlanRow(
                rs.getLong("id"),
                rs.getLong("product_id"),
                rs.getString("product_name"),
                ProductKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("description"),
                rs.getBoolean("active"),
                rs.getBoolean("product_active"),
                rs.getInt("sort_order"));
    }

    private static PlanPrice price(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        return new PlanPrice(
                rs.getLong("plan_id"),
                BillingPeriod.ofMonths(rs.getInt("period_months")).orElseThrow(),
                money(rs.getBigDecimal("price"), currency),
                money(rs.getBigDecimal("setup_fee"), currency));
    }

    /** Stored with four decimals; handed out with the currency's own (they fit, the input check saw to it). */
    private static Money money(BigDecimal stored, String currency) {
        return Money.of(stored.setScale(Money.minorDigits(currency), RoundingMode.HALF_UP), currency);
    }
}
