package io.foyer.subscription.api;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequestActors;
import io.foyer.account.RequiresPermission;
import io.foyer.billing.DocumentRef;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.ServiceActionRefused;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The account's services, their extension, renewal setting and cancellation. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/services")
@RequiresPermission(Permission.SERVICES)
@Tag(name = "Services", description = "What the account has bought: status, paid period, renewal")
class ServicesApiController {

    record ServiceView(
            long id,
            Long orderId,
            long planId,
            String product,
            String plan,
            String kind,
            String status,
            int billingPeriodMonths,
            String price,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            boolean autoRenew,
            boolean cancelAtPeriodEnd,
            String ipAddress) {

        static ServiceView of(ServiceDetails s) {
            return new ServiceView(
                    s.id(),
                    s.orderId(),
                    s.planId(),
                    s.productName(),
                    s.planName(),
                    s.kind().name(),
                    s.status().name(),
                    s.period().months(),
                    s.price().plain(),
                    s.price().currency(),
                    s.periodStart(),
                    s.periodEnd(),
                    s.autoRenew(),
                    s.cancelAtPeriodEnd(),
                    s.ipAddress());
        }
    }

    record ServiceList(List<ServiceView> items) {}

    record DocumentView(long id, String kind, String number, String gross, String currency, boolean paid) {
        static DocumentView of(DocumentRef d) {
            return new DocumentView(
                    d.id(),
                    d.kind().name(),
                    d.number(),
                    d.gross().plain(),
                    d.gross().currency(),
                    d.paid());
        }
    }

    record AutoRenew(@NotNull(message = "{validation.required}") Boolean autoRenew) {}

    record Cancellation(Boolean immediately) {}

    private final Services services;
    private final RequestActors actors;
    private final MessageSource messages;

    ServicesApiController(Services services, RequestActors actors, MessageSource messages) {
        this.services = services;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Services of the account, newest first")
    ServiceList list(CurrentAccount current) {
        return new ServiceList(services.ofAccount(current.accountId()).stream()
                .map(ServiceView::of)
                .toList());
    }

    @GetMapping("/{serviceId}")
    @Operation(summary = "One service")
    ServiceView show(CurrentAccount current, @PathVariable long serviceId) {
        return view(current, serviceId);
    }

    @PostMapping("/{serviceId}/extend")
    @RequiresPermission({Permission.SERVICES, Permission.BILLING})
    @Operation(
            summary = "Ask for payment of the next period",
            description = "Creates a payment request for the period after the paid one; asking again for the same"
                    + " period answers the same request. The period is added when it is paid.")
    DocumentView extend(CurrentAccount current, @PathVariable long serviceId, HttpServletRequest request) {
        return DocumentView.of(services.extend(current.accountId(), serviceId, actors.of(current, request)));
    }

    @PutMapping("/{serviceId}/auto-renew")
    @Operation(summary = "Switch automatic renewal on or off")
    ServiceView autoRenew(
            CurrentAccount current,
            @PathVariable long serviceId,
            @Valid @RequestBody AutoRenew body,
            HttpServletRequest request) {
        services.setAutoRenew(current.accountId(), serviceId, body.autoRenew(), actors.of(current, request));
        return view(current, serviceId);
    }

    @PostMapping("/{serviceId}/cancel")
    @Operation(
            summary = "Cancel the service",
            description =
                    "At the end of the paid period, or at once with immediately=true where the provider allows it.")
    ServiceView cancel(
            CurrentAccount current,
            @PathVariable long serviceId,
            @RequestBody(required = false) Cancellation body,
            HttpServletRequest request) {
        boolean immediately = body != null && Boolean.TRUE.equals(body.immediately());
        services.cancel(current.accountId(), serviceId, immediately, actors.of(current, request));
        return view(current, serviceId);
    }

    @ExceptionHandler(ServiceActionRefused.class)
    ProblemDetail refused(ServiceActionRefused e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage(e.messageKey(), null, locale));
        problem.setType(URI.create("urn:foyer:problem:service-action-refused"));
        problem.setTitle("Not possible in the service's state");
        return problem;
    }

    private ServiceView view(CurrentAccount current, long serviceId) {
        return ServiceView.of(services.find(current.accountId(), serviceId).orElseThrow(NotFoundException::new));
    }
}
