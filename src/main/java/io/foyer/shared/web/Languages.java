package io.foyer.shared.web;

import java.util.List;
import java.util.Locale;

/** The languages Foyer speaks; every text exists in each of them. */
public final class Languages {
    public static final List<String> SUPPORTED = List.of("en", "de");

    /** The cookie that keeps the language chosen on a device. */
    public static final String COOKIE = "foyer-lang";

    private Languages() {}

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    public static Locale locale(String code) {
        return Locale.forLanguageTag(isSupported(code) ? code : "en");
    }
}
