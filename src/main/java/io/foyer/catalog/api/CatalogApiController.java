package io.foyer.catalog.api;

import io.foyer.catalog.Catalog;
import io.foyer.catalog.CatalogInputRules;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanPrice;
import io.foyer.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog for scripts and order tools: the same for everyone, so any valid personal access
 * token may read it, whatever its account and permissions.
 */
@RestController
@RequestMapping("/api/v1/catalog/plans")
@Tag(name = "Catalog", description = "Plans, their configuration and prices; read-only and the same for every account")
class CatalogApiController {

    record ConfigurationValue(@Schema(example = "CPU") String label, @Schema(example = "4 vCPU") String value) {}

    record PriceView(
            @Schema(description = "The billing period in months: 1, 3, 6, 12 or 24", example = "12") int periodMonths,
            @Schema(example = "EUR") String currency,
            @Schema(description = "Net price of one period, a decimal string", example = "138.00") String price,
            @Schema(description = "Net setup fee charged once with the first period", example = "0.00")
                    String setupFee) {

        static PriceView of(PlanPrice p) {
            return new PriceView(
                    p.period().months(),
                    p.price().currency(),
                    p.price().plain(),
                    p.setupFee().plain());
        }
    }

    record PlanView(
            long id,
            long productId,
            String productName,
            @Schema(description = "WEB_HOSTING, VIRTUAL_SERVER, DEDICATED_SERVER or ADD_ON") String kind,
            String name,
            String description,
            @Schema(description = "In the order the provider shows them") List<ConfigurationValue> configuration,
            @Schema(description = "False once the plan or its product is retired: it cannot be ordered then")
                    boolean active,
            List<PriceView> prices) {

        static PlanView of(Plan plan, List<PlanPrice> prices) {
            return new PlanView(
                    plan.id(),
                    plan.productId(),
                    plan.productName(),
                    plan.kind().name(),
                    plan.name(),
                    plan.description(),
                    plan.configuration().entrySet().stream()
                            .map(e -> new ConfigurationValue(e.getKey(), e.getValue()))
                            .toList(),
                    plan.active(),
                    prices.stream().map(PriceView::of).toList());
        }
    }

    record Plans(List<PlanView> items) {}

    private final Catalog catalog;
    private final MessageSource messages;

    CatalogApiController(Catalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "The plans that can be ordered",
            description = "Active plans of active products, in the provider's order, with every price. With"
                    + " currency, only the plans that have a price in that currency, and only those prices: an"
                    + " account can order a plan only in its own currency.")
    @ApiResponse(responseCode = "200", description = "The plans")
    @ApiResponse(responseCode = "422", description = "The currency is not one of EUR, USD, GBP, CHF")
    Plans list(
            @Parameter(description = "Only plans orderable in this currency: EUR, USD, GBP or CHF", example = "EUR")
                    @RequestParam(name = "currency", required = false)
                    String currency) {
        if (currency == null || currency.isBlank()) {
            return new Plans(catalog.activePlans().stream()
                    .map(plan -> PlanView.of(plan, plan.prices()))
                    .toList());
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!CatalogInputRules.supportedCurrency(code)) {
            throw new UnsupportedCurrency();
        }
        return new Plans(catalog.activePlans().stream()
                .filter(plan -> !plan.pricesIn(code).isEmpty())
                .map(plan -> PlanView.of(plan, plan.pricesIn(code)))
                .toList());
    }

    @GetMapping("/{planId}")
    @Operation(
            summary = "One plan, active or retired",
            description = "Retired plans stay readable (services keep their plan); active says whether it can"
                    + " be ordered.")
    @ApiResponse(responseCode = "200", description = "The plan")
    @ApiResponse(responseCode = "404", description = "No such plan")
    PlanView get(@Parameter(description = "The plan's id") @PathVariable long planId) {
        Plan plan = catalog.plan(planId).orElseThrow(NotFoundException::new);
        return PlanView.of(plan, plan.prices());
    }

    /** The currency filter names a currency the catalog does not price in. */
    static final class UnsupportedCurrency extends RuntimeException {
        UnsupportedCurrency() {
            super(null, null, false, false);
        }
    }

    /** A field error like every other invalid input of the API. */
    @ExceptionHandler(UnsupportedCurrency.class)
    ResponseEntity<ProblemDetail> unsupportedCurrency() {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.");
        problem.setType(URI.create("urn:foyer:problem:validation"));
        problem.setTitle("Invalid request");
        String message = messages.getMessage("catalog.validation.currency", null, LocaleContextHolder.getLocale());
        problem.setProperty("errors", List.of(Map.of("field", "currency", "message", message)));
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
