package io.foyer.ordering.web;

import io.foyer.account.AccountCreation;
import io.foyer.account.AccountDetails;
import io.foyer.account.AccountSummary;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.BillingSetup;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Member;
import io.foyer.account.Permission;
import io.foyer.account.RequestActors;
import io.foyer.account.RequiresPermission;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.identity.FoyerUser;
import io.foyer.ordering.internal.CartItem;
import io.foyer.ordering.internal.Checkout;
import io.foyer.ordering.internal.CheckoutRefused;
import io.foyer.ordering.internal.IdempotentRequests;
import io.foyer.ordering.internal.ItemsNotOrderable;
import io.foyer.ordering.internal.OrderDetails;
import io.foyer.ordering.internal.PaymentMethod;
import io.foyer.shared.Money;
import io.foyer.shared.web.ClientIp;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkout: into which account (one of the user's, where they may order, or a new one), the
 * billing address if it is missing, the priced lines, the terms and how to pay; then the order.
 */
@Controller
class CheckoutController {

    private static final Set<Permission> NEEDED = Set.of(Permission.BILLING, Permission.SERVICES);
    private final Checkout checkout;
    private final Accounts accounts;
    private final AccountCreation creation;
    private final BillingSetup billingSetup;
    private final Billing billing;
    private final RequestActors actors;
    private final IdempotentRequests idempotent;

    CheckoutController(
            Checkout checkout,
            Accounts accounts,
            AccountCreation creation,
            BillingSetup billingSetup,
            Billing billing,
            RequestActors actors,
            IdempotentRequests idempotent) {
        this.checkout = checkout;
        this.accounts = accounts;
        this.creation = creation;
        this.billingSetup = billingSetup;
        this.billing = billing;
        this.actors = actors;
        this.idempotent = idempotent;
    }

    @GetMapping("/checkout")
    String chooseAccount(@AuthenticationPrincipal FoyerUser user, HttpServletRequest request, Model model) {
        Cart cart = Cart.of(request.getSession(false));
        if (cart.items().isEmpty()) {
            return "redirect:/order/cart";
        }
        List<Long> renewing = cart.items().stream()
                .filter(CartItem::isRenewal)
                .map(CartItem::accountId)
                .distinct()
                .toList();
        List<AccountSummary> eligible = eligible(user);
        if (renewing.size() == 1 && eligible.stream().anyMatch(a -> a.id() == renewing.get(0))) {
            // Renewals are paid by the services' own account: no account to choose.
            return "redirect:/accounts/" + renewing.get(0) + "/checkout";
        }
        model.addAttribute(
                "form",
                new AccountChoiceForm(
                        eligible.isEmpty()
                                ? "new"
                                : String.valueOf(eligible.get(0).id()),
                        "",
                        cart.currency()));
        return chooser(user, cart, model);
    }

    @PostMapping("/checkout")
    String accountChosen(
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("form") AccountChoiceForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        Cart cart = Cart.of(request.getSession(false));
        if (cart.items().isEmpty()) {
            return "redirect:/order/cart";
        }
        if (errors.hasErrors()) {
            return chooser(user, cart, model);
        }
        if (form.isNew()) {
            Actor actor = Actor.user(user.id(), user.email(), ClientIp.of(request));
            AccountSummary created =
                    creation.createFor(user.id(), form.name().strip(), user.email(), user.language(), actor);
            billingSetup.chooseCurrency(created.id(), form.currency(), actor);
            return "redirect:/accounts/" + created.id() + "/checkout";
        }
        long chosen = Long.parseLong(form.choice());
        if (eligible(user).stream().noneMatch(a -> a.id() == chosen)) {
            errors.rejectValue("choice", "ordering.checkout.accountNotAllowed");
            return chooser(user, cart, model);
        }
        return "redirect:/accounts/" + chosen + "/checkout";
    }

    @GetMapping("/accounts/{accountId}/checkout")
    @RequiresPermission({Permission.BILLING, Permission.SERVICES})
    String review(CurrentAccount current, HttpServletRequest request, Model model) {
        Cart cart = Cart.of(request.getSession(false));
        if (cart.items().isEmpty()) {
            return "redirect:/order/cart";
        }
        AccountDetails account = accounts.details(current.accountId()).orElseThrow();
        if (!Checkout.addressComplete(account)) {
            model.addAttribute("addressForm", AddressForm.of(account));
            return address(model);
        }
        model.addAttribute("form", PlaceOrderForm.fresh());
        return summary(current, cart, model);
    }

    @PostMapping("/accounts/{accountId}/checkout/address")
    @RequiresPermission({Permission.BILLING, Permission.SERVICES})
    String saveAddress(
            CurrentAccount current,
            @Valid @ModelAttribute("addressForm") AddressForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        if (errors.hasErrors()) {
            return address(model);
        }
        billingSetup.completeAddress(current.accountId(), form.toAddress(), actors.of(current, request));
        return "redirect:/accounts/" + current.accountId() + "/checkout";
    }

    @PostMapping("/accounts/{accountId}/checkout")
    @RequiresPermission({Permission.BILLING, Permission.SERVICES})
    String place(
            CurrentAccount current,
            @Valid @ModelAttribute("form") PlaceOrderForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        HttpSession session = request.getSession();
        Cart cart = Cart.of(session);
        if (cart.items().isEmpty()) {
            return "redirect:/order/cart";
        }
        if (errors.hasErrors()) {
            return summary(current, cart, model);
        }
        PaymentMethod method = PaymentMethod.valueOf(form.paymentMethod());
        String canonical = cart.items() + " " + method;
        try {
            IdempotentRequests.Answer answer = idempotent.run(
                    current.accountId(), "web:" + form.checkoutKey(), IdempotentRequests.hash(canonical), () -> {
                        OrderDetails order = checkout.place(
                                current.accountId(),
                                cart.items(),
                                method,
                                true,
                                current.userId(),
                                actors.of(current, request));
                        return new IdempotentRequests.Answer(303, "", order.id(), false);
                    });
            Cart.clear(session);
            return "redirect:/accounts/" + current.accountId() + "/orders/" + answer.orderId() + "?placed";
        } catch (IdempotentRequests.KeyReused | IdempotentRequests.KeyInUse e) {
            // This review was submitted before with another choice: show a fresh one.
            flash.addFlashAttribute("stale", true);
            return "redirect:/accounts/" + current.accountId() + "/checkout";
        } catch (CheckoutRefused refused) {
            if ("address".equals(refused.field())) {
                // The address was emptied in the meantime: ask for it again.
                return "redirect:/accounts/" + current.accountId() + "/checkout";
            }
            // Refusals about the items or by billing belong to the whole order: shown with the payment choice.
            String field = "items".equals(refused.field()) ? "paymentMethod" : refused.field();
            errors.rejectValue(field, refused.messageKey(), refused.args(), null);
        } catch (ItemsNotOrderable refused) {
            // The quote shown again names the refused items.
            model.addAttribute("itemsRefused", true);
        }
        return summary(current, cart, model);
    }

    @GetMapping("/accounts/{accountId}/orders")
    @RequiresPermission(Permission.SERVICES)
    String orders(CurrentAccount current, Model model) {
        model.addAttribute("orders", checkout.orders(current.accountId(), 100));
        return "ordering/orders";
    }

    @GetMapping("/accounts/{accountId}/orders/{orderId}")
    @RequiresPermission(Permission.SERVICES)
    String order(CurrentAccount current, @PathVariable long orderId, Model model) {
        OrderDetails order = checkout.order(current.accountId(), orderId).orElseThrow(NotFoundException::new);
        model.addAttribute("order", order);
        if (current.can(Permission.BILLING)) {
            // Billing may have replaced the first payment request (deleted and created anew from the order).
            List<DocumentRef> documents = new ArrayList<>(
                    billing.documentsFor(current.accountId(), new DocumentOrigin(DocumentOrigin.Kind.ORDER, orderId)));
            // Each renewal has the service's own request.
            for (OrderDetails.Item item : order.items()) {
                if (item.renewal()) {
                    billing
                            .documentsFor(
                                    current.accountId(),
                                    new DocumentOrigin(DocumentOrigin.Kind.RENEWAL, item.serviceId()))
                            .stream()
                            .filter(d -> d.id() == item.documentId())
                            .forEach(documents::add);
                }
            }
            model.addAttribute("documents", documents);
        }
        model.addAttribute("renewalsOnly", order.items().stream().allMatch(OrderDetails.Item::renewal));
        return "ordering/order-details";
    }

    private String chooser(FoyerUser user, Cart cart, Model model) {
        model.addAttribute("eligible", eligible(user));
        model.addAttribute("currencies", Cart.CURRENCIES);
        model.addAttribute("cartSize", cart.items().size());
        return "ordering/choose-account";
    }

    private String address(Model model) {
        model.addAttribute("countries", countries());
        return "ordering/address";
    }

    private String summary(CurrentAccount current, Cart cart, Model model) {
        Checkout.Quote quote = checkout.quote(current.accountId(), cart.items());
        model.addAttribute("quote", quote);
        if (quote.orderable()) {
            Money balance = billing.balance(current.accountId());
            boolean covers = balance.currency().equals(quote.priced().gross().currency())
                    && balance.compareTo(quote.priced().gross()) >= 0;
            model.addAttribute("balance", balance);
            model.addAttribute("balanceCovers", covers);
        }
        return "ordering/checkout";
    }

    /** The user's accounts where they may both order services and pay for them. */
    private List<AccountSummary> eligible(FoyerUser user) {
        return accounts.accountsOf(user.id()).stream()
                .filter(a -> accounts.members(a.id()).stream()
                        .filter(m -> m.userId() == user.id())
                        .map(Member::permissions)
                        .anyMatch(p -> p.containsAll(NEEDED)))
                .toList();
    }

    public record Country(String code, String name) {}

    private static List<Country> countries() {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return java.util.Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(java.util.Comparator.comparing(Country::name))
                .toList();
    }
}
