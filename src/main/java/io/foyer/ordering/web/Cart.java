package io.foyer.ordering.web;

import io.foyer.ordering.internal.CartItem;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The cart: items and the currency a visitor looks at prices in. Kept in the HTTP session (in the
 * database), so it survives signing in; immutable, and written back on every change so the
 * session store sees each change.
 */
public record Cart(String currency, List<CartItem> items) implements Serializable {

    static final String ATTRIBUTE = "ordering.cart";
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF");

    public Cart {
        items = List.copyOf(items);
    }

    static Cart of(HttpSession session) {
        Object cart = session == null ? null : session.getAttribute(ATTRIBUTE);
        return cart instanceof Cart c ? c : new Cart("EUR", List.of());
    }

    Cart with(CartItem item) {
        List<CartItem> more = new ArrayList<>(items);
        more.add(item);
        return new Cart(currency, more);
    }

    Cart without(int index) {
        if (index < 0 || index >= items.size()) {
            return this;
        }
        List<CartItem> fewer = new ArrayList<>(items);
        fewer.remove(index);
        return new Cart(currency, fewer);
    }

    Cart in(String newCurrency) {
        return CURRENCIES.contains(newCurrency) ? new Cart(newCurrency, items) : this;
    }

    void save(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void clear(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
