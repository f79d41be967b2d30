package io.foyer.console;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.CatalogInputRules;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanPrice;
import io.foyer.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The price matrix of a plan: one price and one setup fee per billing period and currency, keyed
 * {@code EUR-12}. An empty price means the period is not offered in that currency; an empty setup
 * fee next to a price means none.
 */
record PriceMatrixForm(Map<String, String> price, Map<String, String> setupFee) {

    /** Digits with at most one decimal separator (a point, or a comma as Germans write it). */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,40}([.,]\\d{1,40})?");

    PriceMatrixForm {
        price = price == null ? Map.of() : price;
        setupFee = setupFee == null ? Map.of() : setupFee;
    }

    static String cell(String currency, BillingPeriod period) {
        return currency + "-" + period.months();
    }

    static PriceMatrixForm of(Plan plan) {
        Map<String, String> price = new HashMap<>();
        Map<String, String> setupFee = new HashMap<>();
        for (PlanPrice p : plan.prices()) {
            String cell = cell(p.price().currency(), p.period());
            price.put(cell, p.price().plain());
            setupFee.put(cell, p.setupFee().isZero() ? "" : p.setupFee().plain());
        }
        return new PriceMatrixForm(price, setupFee);
    }

    public String priceIn(String cell) {
        return price.getOrDefault(cell, "");
    }

    public String setupFeeIn(String cell) {
        return setupFee.getOrDefault(cell, "");
    }

    /**
     * The offered prices; a message key per wrong field goes into {@code errors}, keyed {@code
     * price[EUR-12]} or {@code setupFee[EUR-12]} like the service names them, and {@code matrix}
     * for cells of currencies or periods that do not exist.
     */
    List<PlanPrice> prices(long planId, Map<String, String> errors) {
        for (String key : price.keySet()) {
            if (!known(key)) {
                errors.put("matrix", "catalog.validation.currency");
            }
        }
        for (String key : setupFee.keySet()) {
            if (!known(key)) {
                errors.put("matrix", "catalog.validation.currency");
            }
        }
        List<PlanPrice> prices = new ArrayList<>();
        for (String currency : Catalog.CURRENCIES) {
            for (BillingPeriod period : BillingPeriod.values()) {
                String cell = cell(currency, period);
                String priceText = priceIn(cell).strip();
                String feeText = setupFeeIn(cell).strip();
                if (priceText.isEmpty()) {
                    if (!feeText.isEmpty()) {
                        errors.put("setupFee[" + cell + "]", "catalog.validation.setupFeeWithoutPrice");
                    }
                    continue;
                }
                BigDecimal amount = amount(priceText, currency, "price[" + cell + "]", errors);
                BigDecimal fee = feeText.isEmpty()
                        ? BigDecimal.ZERO
                        : amount(feeText, currency, "setupFee[" + cell + "]", errors);
                if (amount != null && fee != null) {
                    prices.add(new PlanPrice(planId, period, Money.of(amount, currency), Money.of(fee, currency)));
                }
            }
        }
        return prices;
    }

    private static boolean known(String cell) {
        int dash = cell.indexOf('-');
        if (dash < 0) {
            return false;
        }
        String currency = cell.substring(0, dash);
        String months = cell.substring(dash + 1);
        return CatalogInputRules.supportedCurrency(currency)
                && months.matches("\\d{1,2}")
                && BillingPeriod.ofMonths(Integer.parseInt(months)).isPresent();
    }

    private static BigDecimal amount(String text, String currency, String field, Map<String, String> errors) {
        String compact = text.replace(" ", "");
        if (!AMOUNT.matcher(compact).matches()) {
            errors.put(field, "catalog.validation.notANumber");
            return null;
        }
        BigDecimal amount = new BigDecimal(compact.replace(',', '.'));
        String problem = CatalogInputRules.amountProblem(amount, currency);
        if (problem != null) {
            errors.put(field, problem);
            return null;
        }
        return amount;
    }
}
