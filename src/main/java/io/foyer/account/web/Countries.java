package io.foyer.account.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** Country choices for address forms, named in the page's language. */
final class Countries {
    record Country(String code, String name) {}

    private Countries() {}

    static List<Country> all() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }
}
