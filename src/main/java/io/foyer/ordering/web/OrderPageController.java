package io.foyer.ordering.web;

import io.foyer.account.Accounts;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanPrice;
import io.foyer.catalog.ProductKind;
import io.foyer.ordering.internal.CartItem;
import io.foyer.ordering.internal.Checkout;
import io.foyer.ordering.internal.QuotedItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The order page (public, and in an account's currency) and the cart. */
@Controller
class OrderPageController {

    private final Catalog catalog;
    private final Accounts accounts;
    private final Checkout checkout;

    OrderPageController(Catalog catalog, Accounts accounts, Checkout checkout) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.checkout = checkout;
    }

    /** A plan on the order page with its prices in the page's currency; none means it cannot be ordered. */
    public record Offer(Plan plan, List<PlanPrice> prices) {
        public boolean orderable() {
            return !prices.isEmpty();
        }
    }

    @GetMapping("/order")
    String publicPage(@RequestParam(required = false) String currency, HttpServletRequest request, Model model) {
        Cart cart = Cart.of(request.getSession(false));
        if (currency != null && !currency.equals(cart.currency()) && Cart.CURRENCIES.contains(currency)) {
            cart = cart.in(currency);
            cart.save(request.getSession());
        }
        model.addAttribute("currencies", Cart.CURRENCIES);
        model.addAttribute("accountCurrency", false);
        return page(cart.currency(), cart, model);
    }

    @GetMapping("/accounts/{accountId}/order")
    @RequiresPermission(Permission.SERVICES)
    String accountPage(CurrentAccount current, HttpServletRequest request, Model model) {
        String currency = accounts.details(current.accountId()).orElseThrow().currency();
        model.addAttribute("accountCurrency", true);
        return page(currency, Cart.of(request.getSession(false)), model);
    }

    private String page(String currency, Cart cart, Model model) {
        Map<ProductKind, List<Offer>> offers = new EnumMap<>(ProductKind.class);
        offers.putAll(catalog.activePlans().stream()
                .map(plan -> new Offer(
                        plan,
                        plan.pricesIn(currency).stream()
                                .sorted(Comparator.comparing(PlanPrice::period))
                                .toList()))
                .collect(Collectors.groupingBy(o -> o.plan().kind(), Collectors.toList())));
        model.addAttribute("offers", offers);
        model.addAttribute("currency", currency);
        model.addAttribute("cartSize", cart.items().size());
        return "ordering/order";
    }

    @GetMapping("/order/cart")
    String cart(HttpServletRequest request, Model model) {
        Cart cart = Cart.of(request.getSession(false));
        List<QuotedItem> items = checkout.lookUp(cart.items(), cart.currency());
        model.addAttribute("cart", cart);
        model.addAttribute("items", items);
        model.addAttribute("currencies", Cart.CURRENCIES);
        return "ordering/cart";
    }

    @PostMapping("/order/cart/items")
    String add(
            @RequestParam(required = false) String planId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String currency,
            HttpServletRequest request,
            RedirectAttributes flash) {
        HttpSession session = request.getSession();
        Cart cart = Cart.of(session);
        if (currency != null) {
            cart = cart.in(currency);
        }
        // Typed by hand or tampered with: anything that is not a known plan and period is the same refusal.
        BillingPeriod billingPeriod = period == null || !period.matches("\\d{1,2}")
                ? null
                : BillingPeriod.ofMonths(Integer.parseInt(period)).orElse(null);
        if (planId == null || !planId.matches("\\d{1,18}") || billingPeriod == null) {
            flash.addFlashAttribute("cartError", "ordering.cart.choosePeriod");
            return "redirect:/order/cart";
        }
        if (cart.items().size() >= Checkout.MAX_ITEMS) {
            flash.addFlashAttribute("cartError", "ordering.error.tooMany");
            return "redirect:/order/cart";
        }
        CartItem item = new CartItem(Long.parseLong(planId), billingPeriod);
        QuotedItem quoted = checkout.lookUp(List.of(item), cart.currency()).get(0);
        if (!quoted.orderable()) {
            flash.addFlashAttribute("cartError", quoted.refusal());
            // Flash attributes live in the session: plain values only.
            flash.addFlashAttribute("cartErrorName", quoted.name());
            flash.addFlashAttribute("cartErrorMonths", billingPeriod.months());
            return "redirect:/order/cart";
        }
        cart.with(item).save(session);
        flash.addFlashAttribute("added", quoted.name());
        return "redirect:/order/cart";
    }

    @PostMapping("/order/cart/items/{index}/remove")
    String remove(@PathVariable String index, @RequestParam(required = false) String back, HttpServletRequest request) {
        HttpSession session = request.getSession();
        if (index.matches("\\d{1,3}")) {
            Cart.of(session).without(Integer.parseInt(index)).save(session);
        }
        // Only a path of this site: never a redirect elsewhere.
        boolean local = back != null && back.matches("/[A-Za-z0-9/_-]*");
        return "redirect:" + (local ? back : "/order/cart");
    }
}
