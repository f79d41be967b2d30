package io.foyer.ordering.api;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequestActors;
import io.foyer.account.RequiresPermission;
import io.foyer.catalog.BillingPeriod;
import io.foyer.ordering.internal.CartItem;
import io.foyer.ordering.internal.Checkout;
import io.foyer.ordering.internal.CheckoutRefused;
import io.foyer.ordering.internal.IdempotentRequests;
import io.foyer.ordering.internal.ItemsNotOrderable;
import io.foyer.ordering.internal.OrderDetails;
import io.foyer.ordering.internal.PaymentMethod;
import io.foyer.ordering.internal.QuotedItem;
import io.foyer.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders of the account, and checkout for scripts. The cart of the web pages lives in the browser
 * session, so an API checkout names its items in the body and carries an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/orders")
@RequiresPermission(Permission.SERVICES)
@Tag(name = "Orders", description = "Checkout and the account's orders")
class OrdersApiController {

    static final int MAX_KEY_LENGTH = 255;

    /** A plan to order, or with {@code renewServiceId} instead, the renewal of one of the account's services. */
    record ItemRequest(
            Long planId,
            @NotNull(message = "{validation.required}") Integer billingPeriodMonths,
            @Schema(
                            description =
                                    "Renew this service of the account for billingPeriodMonths instead of ordering a plan")
                    Long renewServiceId) {

        @AssertTrue(message = "{ordering.validation.planOrService}")
        @Schema(hidden = true)
        public boolean isPlanOrService() {
            return (planId == null) != (renewServiceId == null);
        }

        @AssertTrue(message = "{ordering.validation.period}")
        @Schema(hidden = true)
        public boolean isBillingPeriodKnown() {
            return billingPeriodMonths == null
                    || BillingPeriod.ofMonths(billingPeriodMonths).isPresent();
        }
    }

    record OrderRequest(
            @NotEmpty(message = "{ordering.error.empty}")
                    @Size(max = Checkout.MAX_ITEMS, message = "{ordering.error.tooMany}")
                    List<@Valid @NotNull(message = "{validation.required}") ItemRequest> items,
            @NotNull(message = "{validation.required}") PaymentMethod paymentMethod,
            @NotNull(message = "{ordering.error.terms}") @AssertTrue(message = "{ordering.error.terms}")
                    Boolean acceptTerms) {}

    record ItemView(
            int position,
            long planId,
            String product,
            String plan,
            int billingPeriodMonths,
            String price,
            String setupFee,
            long serviceId,
            boolean renewal,
            DocumentView paymentRequest,
            java.time.LocalDate periodStart,
            java.time.LocalDate periodEnd) {}

    record DocumentView(Long id, String number) {}

    record OrderView(
            long id,
            String status,
            String paymentMethod,
            String gross,
            String currency,
            DocumentView paymentRequest,
            List<ItemView> items,
            Instant createdAt,
            Instant paidAt) {

        static OrderView of(OrderDetails o) {
            return new OrderView(
                    o.id(),
                    o.status(),
                    o.paymentMethod().name(),
                    o.gross().plain(),
                    o.gross().currency(),
                    new DocumentView(o.documentId(), o.documentNumber()),
                    o.items().stream()
                            .map(i -> new ItemView(
                                    i.position(),
                                    i.planId(),
                                    i.productName(),
                                    i.planName(),
                                    i.periodMonths(),
                                    i.price().plain(),
                                    i.setupFee().plain(),
                                    i.serviceId(),
                                    i.renewal(),
                                    i.renewal() ? new DocumentView(i.documentId(), i.documentNumber()) : null,
                                    i.periodStart(),
                                    i.periodEnd()))
                            .toList(),
                    o.createdAt(),
                    o.paidAt());
        }
    }

    record OrderList(List<OrderView> items) {}

    private final Checkout checkout;
    private final IdempotentRequests idempotent;
    private final RequestActors actors;
    private final JsonMapper json;
    private final MessageSource messages;

    OrdersApiController(
            Checkout checkout,
            IdempotentRequests idempotent,
            RequestActors actors,
            JsonMapper json,
            MessageSource messages) {
        this.checkout = checkout;
        this.idempotent = idempotent;
        this.actors = actors;
        this.json = json;
        this.messages = messages;
    }

    @PostMapping
    @RequiresPermission({Permission.SERVICES, Permission.BILLING})
    @Operation(
            summary = "Place an order",
            description = "Creates the order, one pending service per plan item and a payment request in the"
                    + " account's currency; an item with renewServiceId instead renews that service for"
                    + " billingPeriodMonths (its own period or a longer priced one) with the service's own renewal"
                    + " request for its next period; with paymentMethod BALANCE all are paid from the balance at once. The same"
                    + " Idempotency-Key with the same body answers the same response again and never creates a"
                    + " second order; with another body it answers 422.",
            parameters =
                    @Parameter(
                            name = "Idempotency-Key",
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "A unique value per order, e.g. a UUID (at most 255 characters)"),
            responses = {
                @ApiResponse(responseCode = "201", description = "The order"),
                @ApiResponse(
                        responseCode = "409",
                        description = "A request with this key is still running",
                        content = @Content(mediaType = "application/problem+json"))
            })
    ResponseEntity<String> place(
            CurrentAccount current,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody OrderRequest body,
            HttpServletRequest request) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new KeyMissing();
        }
        List<CartItem> items = body.items().stream()
                .map(i -> {
                    BillingPeriod period =
                            BillingPeriod.ofMonths(i.billingPeriodMonths()).orElseThrow();
                    return i.renewServiceId() == null
                            ? new CartItem(i.planId(), period)
                            : CartItem.renewing(current.accountId(), i.renewServiceId(), period);
                })
                .toList();
        IdempotentRequests.Answer answer = idempotent.run(current.accountId(), key, hash(body), () -> {
            OrderDetails order = checkout.place(
                    current.accountId(),
                    items,
                    body.paymentMethod(),
                    body.acceptTerms(),
                    current.userId(),
                    actors.of(current, request));
            return new IdempotentRequests.Answer(
                    HttpStatus.CREATED.value(), json.writeValueAsString(OrderView.of(order)), order.id(), false);
        });
        return ResponseEntity.status(answer.status())
                .location(URI.create("/api/v1/accounts/" + current.accountId() + "/orders/" + answer.orderId()))
                .header("Idempotent-Replayed", String.valueOf(answer.replayed()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }

    @GetMapping
    @Operation(summary = "The account's orders, newest first (at most 100)")
    OrderList list(CurrentAccount current) {
        return new OrderList(checkout.orders(current.accountId(), 100).stream()
                .map(OrderView::of)
                .toList());
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "One order")
    OrderView show(CurrentAccount current, @PathVariable long orderId) {
        return OrderView.of(checkout.order(current.accountId(), orderId).orElseThrow(NotFoundException::new));
    }

    @ExceptionHandler(ItemsNotOrderable.class)
    ResponseEntity<ProblemDetail> notOrderable(ItemsNotOrderable e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (QuotedItem item : e.refused()) {
            errors.add(Map.of(
                    "field",
                    "items[" + item.index() + "]",
                    "message",
                    messages.getMessage(item.refusal(), refusalArguments(item), locale)));
        }
        return fieldProblem(errors);
    }

    @ExceptionHandler(CheckoutRefused.class)
    ResponseEntity<ProblemDetail> refused(CheckoutRefused e, Locale locale) {
        return fieldProblem(
                List.of(Map.of("field", e.field(), "message", messages.getMessage(e.messageKey(), e.args(), locale))));
    }

    /** The request carries no usable Idempotency-Key header. */
    static class KeyMissing extends RuntimeException {
        KeyMissing() {
            super("Idempotency-Key missing", null, false, false);
        }
    }

    @ExceptionHandler(KeyMissing.class)
    ResponseEntity<ProblemDetail> keyMissing(Locale locale) {
        return keyProblem(
                HttpStatus.BAD_REQUEST, "required", "Idempotency-Key required", "ordering.api.keyRequired", locale);
    }

    @ExceptionHandler(IdempotentRequests.KeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(Locale locale) {
        return keyProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "reused",
                "Idempotency-Key already used for another request",
                "ordering.api.keyReused",
                locale);
    }

    @ExceptionHandler(IdempotentRequests.KeyInUse.class)
    ResponseEntity<ProblemDetail> keyInUse(Locale locale) {
        return keyProblem(HttpStatus.CONFLICT, "in-use", "Idempotency-Key in use", "ordering.api.keyInUse", locale);
    }

    private ResponseEntity<ProblemDetail> keyProblem(
            HttpStatus status, String type, String title, String messageKey, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, locale));
        problem.setType(URI.create("urn:foyer:problem:idempotency-key-" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    static Object[] refusalArguments(QuotedItem item) {
        return new Object[] {item.name(), item.period().months()};
    }

    private static ResponseEntity<ProblemDetail> fieldProblem(List<Map<String, String>> errors) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.");
        problem.setType(URI.create("urn:foyer:problem:validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    private String hash(OrderRequest body) {
        return IdempotentRequests.hash(json.writeValueAsString(body));
    }
}
