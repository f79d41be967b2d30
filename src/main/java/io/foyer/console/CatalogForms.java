package io.foyer.console;

import io.foyer.catalog.CatalogAdministration;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanEntry;
import io.foyer.catalog.Product;
import io.foyer.catalog.ProductKind;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The forms of the catalog pages. */
final class CatalogForms {

    /** Empty rows offered below a plan's configuration values, to add new ones without JavaScript. */
    static final int SPARE_ROWS = 4;

    private CatalogForms() {}

    /** The name of a product or plan: required, at most 100 characters. */
    @NotBlank(message = "{catalog.validation.required}")
    @Size(max = CatalogAdministration.MAX_NAME_LENGTH, message = "{catalog.validation.tooLong}")
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface EntryName {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The description of a product or plan: optional, at most 2000 characters. */
    @Size(max = CatalogAdministration.MAX_DESCRIPTION_LENGTH, message = "{catalog.validation.tooLong}")
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface EntryDescription {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A sort order from 0 to 9999; missing only when creating (new entries go last). */
    @Min(value = 0, message = "{catalog.validation.sortOrder}")
    @Max(value = CatalogAdministration.MAX_SORT_ORDER, message = "{catalog.validation.sortOrder}")
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface SortOrder {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Products and plans are sorted after the existing ones when created; the sort order is edited later. */
    record ProductForm(
            @NotNull(message = "{catalog.validation.kind}") ProductKind kind,
            @EntryName String name,
            @EntryDescription String description,
            @SortOrder Integer sortOrder) {

        static ProductForm empty() {
            return new ProductForm(null, "", "", null);
        }

        static ProductForm of(Product product) {
            return new ProductForm(product.kind(), product.name(), product.description(), product.sortOrder());
        }
    }

    /** The sort order an edit needs; a message key goes into the errors when it is missing. */
    static int sortOrderOf(Integer sortOrder, org.springframework.validation.BindingResult errors) {
        if (sortOrder == null && !errors.hasFieldErrors("sortOrder")) {
            errors.rejectValue("sortOrder", "catalog.validation.sortOrder");
        }
        return sortOrder == null ? 0 : sortOrder;
    }

    /**
     * A plan with its configuration as parallel lists of labels and values, one pair per row of the
     * form; rows left empty are ignored.
     */
    record PlanForm(
            @EntryName String name,
            @EntryDescription String description,
            @SortOrder Integer sortOrder,
            List<String> labels,
            List<String> values) {

        PlanForm {
            labels = labels == null ? List.of() : labels;
            values = values == null ? List.of() : values;
        }

        static PlanForm empty() {
            return new PlanForm("", "", null, List.of(), List.of());
        }

        static PlanForm of(PlanEntry entry) {
            Plan plan = entry.plan();
            return new PlanForm(
                    plan.name(),
                    plan.description(),
                    entry.sortOrder(),
                    List.copyOf(plan.configuration().keySet()),
                    List.copyOf(plan.configuration().values()));
        }

        /** The rows to show: the filled-in ones and a few empty ones for new values. */
        public int displayRows() {
            return Math.max(rows(), Math.min(rows() + SPARE_ROWS, CatalogAdministration.MAX_CONFIGURATION_VALUES));
        }

        public String labelAt(int index) {
            return index < labels.size() && labels.get(index) != null ? labels.get(index) : "";
        }

        public String valueAt(int index) {
            return index < values.size() && values.get(index) != null ? values.get(index) : "";
        }

        public int rows() {
            return Math.max(labels.size(), values.size());
        }

        /**
         * The filled-in rows as ordered label → value pairs; a message key per wrong row goes into
         * {@code rowErrors} (keyed by row index), which stays empty when all rows are fine.
         */
        Map<String, String> configuration(Map<Integer, String> rowErrors) {
            Map<String, String> configuration = new LinkedHashMap<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < rows(); i++) {
                String label = labelAt(i).strip();
                String value = valueAt(i).strip();
                if (label.isEmpty() && value.isEmpty()) {
                    continue;
                }
                if (label.isEmpty() || value.isEmpty()) {
                    rowErrors.put(i, "catalog.validation.valueIncomplete");
                } else if (label.length() > CatalogAdministration.MAX_LABEL_LENGTH
                        || value.length() > CatalogAdministration.MAX_VALUE_LENGTH) {
                    rowErrors.put(i, "catalog.validation.tooLong");
                } else if (seen.putIfAbsent(label.toLowerCase(Locale.ROOT), i) != null) {
                    rowErrors.put(i, "catalog.validation.labelTwice");
                } else {
                    configuration.put(label, value);
                }
            }
            return configuration;
        }
    }
}
