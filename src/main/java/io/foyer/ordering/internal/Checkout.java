package io.foyer.ordering.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.billing.Billing;
import io.foyer.billing.BillingRefused;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.DraftLine;
import io.foyer.billing.InsufficientBalance;
import io.foyer.billing.PricedDraft;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanPrice;
import io.foyer.ordering.OrderPlaced;
import io.foyer.ordering.Ordering;
import io.foyer.renewal.Renewals;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.NewService;
import io.foyer.subscription.RenewalTerm;
import io.foyer.subscription.ServiceActionRefused;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices a cart for an account and turns it into an order: the order, its items, one pending
 * service per new plan and their payment request, and for each renewal item the service's own
 * renewal request for its next period ({@link Services#extend(long, long, io.foyer.catalog.BillingPeriod,
 * Actor)}), all in one transaction — paid at once from the balance when the customer chose so.
 */
@Service
public class Checkout implements Ordering {

    public static final int MAX_ITEMS = 20;
    private final Catalog catalog;
    private final Billing billing;
    private final Services services;
    private final Renewals renewals;
    private final Accounts accounts;
    private final OrderRecords orders;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Checkout(
            Catalog catalog,
            Billing billing,
            Services services,
            Renewals renewals,
            Accounts accounts,
            OrderRecords orders,
            AuditLog audit,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.catalog = catalog;
        this.billing = billing;
        this.services = services;
        this.renewals = renewals;
        this.accounts = accounts;
        this.orders = orders;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The cart priced for an account: each item looked up, and if all can be ordered, net, VAT and
     * gross — or why billing could not price it.
     */
    public record Quote(AccountDetails account, List<QuotedItem> items, PricedDraft priced, CheckoutRefused refusal) {

        public boolean orderable() {
            return priced != null;
        }

        public List<QuotedItem> refused() {
            return items.stream().filter(i -> !i.orderable()).toList();
        }
    }

    /**
     * Looks the items up in the catalog for one currency, saying for each whether and why not it can
     * be ordered. Renewals are looked up in their service's account (the cart page has no account).
     */
    public List<QuotedItem> lookUp(List<CartItem> cart, String currency) {
        return lookUp(cart, currency, null);
    }

    /**
     * The same for a checkout into {@code accountId} (null: no account chosen yet): a renewal of
     * another account's service is refused there.
     */
    public List<QuotedItem> lookUp(List<CartItem> cart, String currency, Long accountId) {
        List<QuotedItem> result = new ArrayList<>();
        RenewalLookUp renewalLookUp = new RenewalLookUp(accountId);
        for (int i = 0; i < cart.size(); i++) {
            CartItem item = cart.get(i);
            if (item.isRenewal()) {
                result.add(renewalLookUp.quote(i, item));
                continue;
            }
            Optional<Plan> plan = catalog.plan(item.planId());
            Optional<PlanPrice> price =
                    plan.filter(Plan::active).flatMap(p -> catalog.orderablePrice(p.id(), item.period(), currency));
            String refusal = plan.isEmpty() || !plan.get().active()
                    ? "ordering.refused.retired"
                    : price.isEmpty() ? "ordering.refused.noPrice" : null;
            result.add(new QuotedItem(i, item, plan.orElse(null), price.orElse(null), refusal));
        }
        return result;
    }

    /**
     * Renewal items of one cart: the service must be the checkout account's, due for renewal (running,
     * not cancelled, its period ending within the lead time), in the cart once, and renewable for the
     * chosen period ({@link Services#renewalTerms}).
     */
    private final class RenewalLookUp {

        private final Long checkoutAccount;
        private final Map<Long, Set<Long>> dueByAccount = new HashMap<>();
        private final Set<Long> seen = new HashSet<>();

        RenewalLookUp(Long checkoutAccount) {
            this.checkoutAccount = checkoutAccount;
        }

        QuotedItem quote(int index, CartItem item) {
            long accountId = item.accountId();
            long serviceId = item.serviceId();
            Optional<ServiceDetails> found = services.find(accountId, serviceId);
            if (found.isEmpty()) {
                return refused(index, item, null, "ordering.refused.renewalUnknown");
            }
            ServiceDetails service = found.get();
            if (checkoutAccount != null && checkoutAccount != accountId) {
                return refused(index, item, service, "ordering.refused.renewalOtherAccount");
            }
            if (!seen.add(serviceId)) {
                return refused(index, item, service, "ordering.refused.renewalTwice");
            }
            boolean due = dueByAccount
                    .computeIfAbsent(accountId, a -> renewals.due(a).stream()
                            .map(ServiceDetails::id)
                            .collect(Collectors.toSet()))
                    .contains(serviceId);
            if (!due) {
                return refused(index, item, service, "ordering.refused.renewalNotDue");
            }
            List<RenewalTerm> terms = services.renewalTerms(accountId, serviceId);
            Optional<RenewalTerm> term =
                    terms.stream().filter(t -> t.period() == item.period()).findFirst();
            if (term.isEmpty()) {
                boolean requested = terms.stream().anyMatch(RenewalTerm::requested);
                return refused(
                        index,
                        item,
                        service,
                        requested ? "ordering.refused.renewalRequested" : "ordering.refused.renewalNoPrice");
            }
            Money price = term.get().price();
            return new QuotedItem(
                    index,
                    item,
                    catalog.plan(service.planId()).orElse(null),
                    new PlanPrice(service.planId(), item.period(), price, Money.zero(price.currency())),
                    null,
                    service,
                    term.get());
        }

        private QuotedItem refused(int index, CartItem item, ServiceDetails service, String refusal) {
            return new QuotedItem(index, item, null, null, refusal, service, null);
        }
    }

    public Quote quote(long accountId, List<CartItem> cart) {
        AccountDetails account = accounts.details(accountId).orElseThrow(NotFoundException::new);
        List<QuotedItem> items = lookUp(cart, account.currency(), accountId);
        boolean orderable = !items.isEmpty() && items.stream().allMatch(QuotedItem::orderable);
        if (!orderable || !addressComplete(account)) {
            return new Quote(account, items, null, null);
        }
        try {
            return new Quote(account, items, billing.price(accountId, quoteLines(account, items)), null);
        } catch (BillingRefused refused) {
            return new Quote(account, items, null, refusal(refused));
        }
    }

    /** Billing needs a full address to decide the VAT. */
    public static boolean addressComplete(AccountDetails account) {
        return present(account.street())
                && present(account.postalCode())
                && present(account.city())
                && present(account.country());
    }

    /**
     * Places the order.
     *
     * @throws CheckoutRefused for an empty or too long cart, terms not accepted, an incomplete address or a balance
     *     that does not cover the order
     * @throws ItemsNotOrderable when an item's plan was retired or lost its price since it was added
     */
    @Transactional
    public OrderDetails place(
            long accountId,
            List<CartItem> cart,
            PaymentMethod method,
            boolean termsAccepted,
            Long userId,
            Actor actor) {
        if (cart.isEmpty()) {
            throw new CheckoutRefused("items", "ordering.error.empty");
        }
        if (cart.size() > MAX_ITEMS) {
            throw new CheckoutRefused("items", "ordering.error.tooMany");
        }
        if (!termsAccepted) {
            throw new CheckoutRefused("acceptTerms", "ordering.error.terms");
        }
        AccountDetails account = accounts.details(accountId).orElseThrow(NotFoundException::new);
        if (!addressComplete(account)) {
            throw new CheckoutRefused("address", "ordering.error.address");
        }
        List<QuotedItem> items = lookUp(cart, account.currency(), accountId);
        List<QuotedItem> refused = items.stream().filter(i -> !i.orderable()).toList();
        if (!refused.isEmpty()) {
            throw new ItemsNotOrderable(refused);
        }
        List<QuotedItem> plans = items.stream().filter(i -> !i.renewal()).toList();
        long orderId = orders.insert(accountId, account.currency(), method, userId, clock.instant());
        List<Long> serviceIds = new ArrayList<>();
        for (QuotedItem q : plans) {
            Plan plan = q.plan();
            long serviceId = services.createPending(new NewService(
                    accountId,
                    orderId,
                    plan.id(),
                    plan.productName(),
                    plan.name(),
                    plan.kind(),
                    q.period(),
                    q.price().price()));
            orders.insertItem(orderId, q.index(), q, serviceId);
            serviceIds.add(serviceId);
        }
        // Renewals: each service's own request for its next period (the billing run's, if it made it already).
        List<DocumentRef> documents = new ArrayList<>();
        for (QuotedItem q : items) {
            if (q.renewal()) {
                DocumentRef renewal = renew(accountId, q, actor);
                orders.insertRenewalItem(orderId, q, renewal, clock.instant());
                documents.add(renewal);
            }
        }
        DocumentRef document = null;
        if (!plans.isEmpty()) {
            try {
                document = billing.requestPayment(
                        accountId,
                        new DocumentOrigin(DocumentOrigin.Kind.ORDER, orderId),
                        lines(account, plans, serviceIds),
                        actor);
            } catch (BillingRefused billingRefused) {
                throw refusal(billingRefused);
            }
            documents.add(0, document);
        }
        Money gross = Money.zero(account.currency());
        for (DocumentRef d : documents) {
            gross = gross.plus(d.gross());
        }
        orders.attachDocument(
                orderId, document == null ? null : document.id(), document == null ? null : document.number(), gross);
        if (method == PaymentMethod.BALANCE) {
            try {
                for (DocumentRef d : documents) {
                    if (!d.paid()) {
                        billing.payFromBalance(accountId, d.id(), actor);
                    }
                }
            } catch (InsufficientBalance e) {
                throw new CheckoutRefused("paymentMethod", "ordering.error.balance");
            }
        }
        audit.record(
                accountId,
                actor,
                "order.placed",
                "#" + orderId + " "
                        + String.join(
                                ", ",
                                documents.stream().map(DocumentRef::number).toList()) + " " + gross + " "
                        + method);
        if (document != null) {
            events.publishEvent(new OrderPlaced(orderId, accountId, document.id(), List.copyOf(serviceIds)));
        }
        return orders.find(accountId, orderId).orElseThrow();
    }

    /** The renewal payment request of one item; a refusal by subscription or billing refuses the order. */
    private DocumentRef renew(long accountId, QuotedItem q, Actor actor) {
        try {
            return services.extend(accountId, q.service().id(), q.period(), actor);
        } catch (ServiceActionRefused e) {
            throw new CheckoutRefused("items", e.messageKey(), e.args());
        } catch (BillingRefused e) {
            throw refusal(e);
        }
    }

    @Override
    @Transactional
    public Placed place(long accountId, List<Item> items, boolean payFromBalance, Actor actor) {
        OrderDetails order = place(
                accountId,
                items.stream().map(i -> new CartItem(i.planId(), i.period())).toList(),
                payFromBalance ? PaymentMethod.BALANCE : PaymentMethod.BANK_TRANSFER,
                true,
                "USER".equals(actor.kind()) ? actor.id() : null,
                actor);
        return new Placed(
                order.id(),
                order.documentId(),
                order.items().stream().map(OrderDetails.Item::serviceId).toList());
    }

    public Optional<OrderDetails> order(long accountId, long orderId) {
        return orders.find(accountId, orderId);
    }

    public List<OrderDetails> orders(long accountId, int limit) {
        return orders.ofAccount(accountId, limit);
    }

    public boolean orderExists(long accountId, long orderId) {
        return orders.exists(accountId, orderId);
    }

    /** Billing's refusal (its message key and arguments), as the checkout's: nothing is written. */
    private static CheckoutRefused refusal(BillingRefused refused) {
        return new CheckoutRefused("items", refused.messageKey(), refused.args());
    }

    /** The lines to price for the review: the new plans' and the renewals' with their periods. */
    private List<DraftLine> quoteLines(AccountDetails account, List<QuotedItem> items) {
        Locale locale = Locale.forLanguageTag(account.language());
        List<DraftLine> lines = new ArrayList<>();
        for (QuotedItem q : items) {
            if (q.renewal()) {
                RenewalTerm term = q.term();
                String name = messages.getMessage(
                        "ordering.line.renewal",
                        new Object[] {
                            q.name(),
                            q.period().months(),
                            term.periodStart().toString(),
                            term.periodEnd().toString()
                        },
                        locale);
                lines.add(new DraftLine(
                        name,
                        BigDecimal.ONE,
                        term.price(),
                        term.periodStart(),
                        term.periodEnd(),
                        q.service().id()));
            } else {
                lines.addAll(lines(account, List.of(q), null));
            }
        }
        return lines;
    }

    /** One line per item for its first period, and one for its setup fee where there is one. */
    private List<DraftLine> lines(AccountDetails account, List<QuotedItem> items, List<Long> serviceIds) {
        Locale locale = Locale.forLanguageTag(account.language());
        List<DraftLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            QuotedItem q = items.get(i);
            Long serviceId = serviceIds == null ? null : serviceIds.get(i);
            String name = messages.getMessage(
                    "ordering.line.plan", new Object[] {q.name(), q.period().months()}, locale);
            lines.add(new DraftLine(name, BigDecimal.ONE, q.price().price(), null, null, serviceId));
            Money setup = q.price().setupFee();
            if (setup != null && setup.isPositive()) {
                String setupName = messages.getMessage("ordering.line.setup", new Object[] {q.name()}, locale);
                lines.add(new DraftLine(setupName, BigDecimal.ONE, setup, null, null, serviceId));
            }
        }
        return lines;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
