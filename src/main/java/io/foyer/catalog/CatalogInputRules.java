package io.foyer.catalog;

import io.foyer.shared.Money;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks every change of the catalog passes, whoever makes it (console, demo data, other
 * modules' tests). The console checks the same before and shows the messages next to its fields;
 * these keep the database clean when a caller does not.
 */
public final class CatalogInputRules {

    private CatalogInputRules() {}

    /** The name, stripped; refused when blank, too long or with control characters. */
    public static String name(String field, String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidCatalogInput(field, "catalog.validation.required");
        }
        return text(field, stripped, CatalogAdministration.MAX_NAME_LENGTH, false);
    }

    /** The description, stripped; empty when missing. */
    public static String description(String field, String description) {
        return text(
                field,
                description == null ? "" : description.strip(),
                CatalogAdministration.MAX_DESCRIPTION_LENGTH,
                true);
    }

    public static int sortOrder(String field, int sortOrder) {
        if (sortOrder < 0 || sortOrder > CatalogAdministration.MAX_SORT_ORDER) {
            throw new InvalidCatalogInput(field, "catalog.validation.sortOrder");
        }
        return sortOrder;
    }

    /** Labels and values stripped, in the given order; labels unique regardless of case. */
    public static Map<String, String> configuration(String field, Map<String, String> configuration) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (configuration == null) {
            return clean;
        }
        if (configuration.size() > CatalogAdministration.MAX_CONFIGURATION_VALUES) {
            throw new InvalidCatalogInput(field, "catalog.validation.tooManyValues");
        }
        Set<String> seen = new HashSet<>();
        for (var entry : configuration.entrySet()) {
            String label = entry.getKey() == null ? "" : entry.getKey().strip();
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (label.isEmpty() || value.isEmpty()) {
                throw new InvalidCatalogInput(field, "catalog.validation.valueIncomplete");
            }
            if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                throw new InvalidCatalogInput(field, "catalog.validation.labelTwice");
            }
            clean.put(
                    text(field, label, CatalogAdministration.MAX_LABEL_LENGTH, false),
                    text(field, value, CatalogAdministration.MAX_VALUE_LENGTH, false));
        }
        return clean;
    }

    /** Whether the currency is one the catalog can price in. */
    public static boolean supportedCurrency(String currency) {
        return currency != null && Catalog.CURRENCIES.contains(currency);
    }

    /**
     * The message key for an amount typed for a currency, or null when it is fine: not negative,
     * no more decimals than the currency's minor unit, below {@link CatalogAdministration#MAX_AMOUNT}.
     */
    public static String amountProblem(BigDecimal amount, String currency) {
        if (amount.signum() < 0) {
            return "catalog.validation.negative";
        }
        if (amount.compareTo(CatalogAdministration.MAX_AMOUNT) >= 0) {
            return "catalog.validation.tooLarge";
        }
        if (!Money.fitsMinorUnit(amount, currency)) {
            return Money.minorDigits(currency) == 0
                    ? "catalog.validation.noDecimals"
                    : "catalog.validation.tooManyDecimals";
        }
        return null;
    }

    public static void money(String field, Money money) {
        if (money == null) {
            throw new InvalidCatalogInput(field, "catalog.validation.required");
        }
        if (!supportedCurrency(money.currency())) {
            throw new InvalidCatalogInput(field, "catalog.validation.currency");
        }
        String problem = amountProblem(money.amount(), money.currency());
        if (problem != null) {
            throw new InvalidCatalogInput(field, problem);
        }
    }

    private static String text(String field, String text, int maxLength, boolean lineBreaks) {
        if (text.length() > maxLength) {
            throw new InvalidCatalogInput(field, "catalog.validation.tooLong");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new InvalidCatalogInput(field, "catalog.validation.invalidCharacters");
            }
        }
        return text;
    }
}
