package io.foyer.catalog;

/**
 * A plan as staff see it.
 *
 * @param plan the plan as customers see it ({@link Plan#active()} also needs the product active)
 * @param active the plan's own state: false once the plan itself is retired
 * @param productActive whether the plan's product is active
 */
public record PlanEntry(Plan plan, boolean active, boolean productActive, int sortOrder) {}
