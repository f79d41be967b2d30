package io.foyer.catalog;

import java.util.List;
import java.util.Map;

/**
 * A plan as customers see it.
 *
 * @param configuration ordered configuration values, e.g. {@code cpu -> 4 vCPU}
 * @param prices every priced period in every currency
 */
public record Plan(
        long id,
        long productId,
        String productName,
        ProductKind kind,
        String name,
        String description,
        Map<String, String> configuration,
        boolean active,
        List<PlanPrice> prices) {

    public List<PlanPrice> pricesIn(String currency) {
        return prices.stream()
                .filter(p -> p.price().currency().equals(currency))
                .toList();
    }
}
