package io.foyer.catalog;

import java.util.List;

/**
 * A product as staff see it, with all its plans.
 *
 * @param active false once retired: none of its plans can be ordered then
 * @param plans active and retired plans in their sort order
 */
public record Product(
        long id,
        ProductKind kind,
        String name,
        String description,
        boolean active,
        int sortOrder,
        List<PlanEntry> plans) {}
