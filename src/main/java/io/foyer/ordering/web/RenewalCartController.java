package io.foyer.ordering.web;

import io.foyer.account.Accounts;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.catalog.BillingPeriod;
import io.foyer.ordering.internal.CartItem;
import io.foyer.ordering.internal.Checkout;
import io.foyer.ordering.internal.QuotedItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Add to cart" on the renewal page: the selected services go into the cart as renewal items, each
 * for the period chosen next to it ({@code period-<serviceId>}, months). All are checked first; when
 * one cannot be renewed so, the page says why and the cart stays as it was. A service already in the
 * cart is replaced (its period chosen anew).
 */
@Controller
@RequiresPermission({Permission.SERVICES, Permission.BILLING})
class RenewalCartController {

    private final Checkout checkout;
    private final Accounts accounts;

    RenewalCartController(Checkout checkout, Accounts accounts) {
        this.checkout = checkout;
        this.accounts = accounts;
    }

    @PostMapping("/accounts/{accountId}/cart/renewals")
    String add(
            CurrentAccount current,
            @RequestParam(name = "serviceId", required = false) List<String> selected,
            HttpServletRequest request,
            RedirectAttributes flash) {
        long accountId = current.accountId();
        String back = "redirect:/accounts/" + accountId + "/renewals";
        List<CartItem> items = new ArrayList<>();
        for (String id : selected == null
                ? List.<String>of()
                : selected.stream().distinct().toList()) {
            if (!id.matches("\\d{1,18}")) {
                continue;
            }
            long serviceId = Long.parseLong(id);
            Optional<BillingPeriod> period = months(request.getParameter("period-" + id));
            if (period.isEmpty()) {
                return problem(flash, back, "ordering.renewal.choosePeriod", id);
            }
            items.add(CartItem.renewing(accountId, serviceId, period.get()));
        }
        if (items.isEmpty()) {
            return problem(flash, back, "ordering.renewal.noneSelected");
        }
        String currency = accounts.details(accountId).orElseThrow().currency();
        List<QuotedItem> quoted = checkout.lookUp(items, currency, accountId);
        for (QuotedItem q : quoted) {
            if (!q.orderable()) {
                return problem(flash, back, q.refusal(), q.name(), q.period().months(), currency);
            }
        }
        HttpSession session = request.getSession();
        Cart cart = Cart.of(session);
        // A service renewed again replaces its earlier item: one period per service.
        List<CartItem> kept = cart.items().stream()
                .filter(i -> items.stream()
                        .noneMatch(n -> n.isRenewal()
                                && i.isRenewal()
                                && Objects.equals(i.serviceId(), n.serviceId())
                                && Objects.equals(i.accountId(), n.accountId())))
                .toList();
        if (kept.size() + items.size() > Checkout.MAX_ITEMS) {
            return problem(flash, back, "ordering.error.tooMany");
        }
        List<CartItem> all = new ArrayList<>(kept);
        all.addAll(items);
        new Cart(currency, all).save(session);
        flash.addFlashAttribute(
                "added", String.join(", ", quoted.stream().map(QuotedItem::name).toList()));
        return "redirect:/order/cart";
    }

    private static Optional<BillingPeriod> months(String value) {
        return value == null || !value.matches("\\d{1,2}")
                ? Optional.empty()
                : BillingPeriod.ofMonths(Integer.parseInt(value));
    }

    /** Back to the renewal page, which shows the message; flash attributes are plain values only. */
    private static String problem(RedirectAttributes flash, String back, String messageKey, Object... args) {
        flash.addFlashAttribute("problem", messageKey);
        flash.addFlashAttribute(
                "problemArgs",
                java.util.Arrays.stream(args).map(String::valueOf).toList());
        return back;
    }
}
