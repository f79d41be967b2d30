package io.foyer.tax;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Shape checks of VAT identification numbers per country (not whether they are registered). */
public final class VatIds {

    /** The part after the prefix, per VAT prefix (EL for Greece, XI for Northern Ireland). */
    private static final Map<String, Pattern> SHAPES = Map.ofEntries(
            shape("AT", "U\\d{8}"),
            shape("BE", "[01]\\d{9}"),
            shape("BG", "\\d{9,10}"),
            shape("CY", "\\d{8}[A-Z]"),
            shape("CZ", "\\d{8,10}"),
            shape("DE", "\\d{9}"),
            shape("DK", "\\d{8}"),
            shape("EE", "\\d{9}"),
            shape("EL", "\\d{9}"),
            // A letter or digit first and last, digits between, not all digits.
            shape("ES", "[A-Z]\\d{7}[A-Z0-9]|\\d{8}[A-Z]"),
            shape("FI", "\\d{8}"),
            // Two check characters (digits or letters other than I and O), then the 9-digit SIREN.
            shape("FR", "[0-9A-HJ-NP-Z]{2}\\d{9}"),
            shape("HR", "\\d{11}"),
            shape("HU", "\\d{8}"),
            // 7 digits and one or two letters, or the old form with a letter, + or * second.
            shape("IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]"),
            shape("IT", "\\d{11}"),
            shape("LT", "\\d{9}|\\d{12}"),
            shape("LU", "\\d{8}"),
            shape("LV", "\\d{11}"),
            shape("MT", "\\d{8}"),
            shape("NL", "\\d{9}B\\d{2}"),
            shape("PL", "\\d{10}"),
            shape("PT", "\\d{9}"),
            shape("RO", "[1-9]\\d{1,9}"),
            shape("SE", "\\d{10}01"),
            shape("SI", "\\d{8}"),
            shape("SK", "\\d{10}"),
            // UID of the Swiss register (CHE-123.456.789) with the optional VAT suffix.
            shape("CH", "E\\d{9}(MWST|TVA|IVA)?"),
            // 9 or 12 digits, or government departments (GD000-GD499) and health authorities (HA500-HA999).
            shape("GB", "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}"),
            shape("XI", "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}"),
            // Organisation number with the optional VAT suffix.
            shape("NO", "\\d{9}(MVA)?"));

    /** VAT prefixes that are not the ISO code of their country. */
    private static final Map<String, String> PREFIX_COUNTRIES = Map.of("EL", "GR", "XI", "GB");

    /** Countries without a known shape: letters and digits, at most 20 characters with the prefix. */
    private static final Pattern OTHER_SHAPE = Pattern.compile("[0-9A-Z+*]{2,18}");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.\\-]+");

    private VatIds() {}

    /** What is wrong with a VAT ID entered for a billing country, if anything. */
    public enum Check {
        /** Fits the country (or no VAT ID was given). */
        OK(null),
        /** A VAT ID but no billing country to check it against. */
        COUNTRY_MISSING("tax.vatId.countryMissing"),
        /** A VAT ID of another country than the billing country (message argument: the expected prefix). */
        WRONG_COUNTRY("tax.vatId.wrongCountry"),
        /** The billing country's prefix, but not the shape of its VAT IDs (message argument: the prefix). */
        MALFORMED("tax.vatId.malformed");

        private final String messageKey;

        Check(String messageKey) {
            this.messageKey = messageKey;
        }

        /** Message key in bundle {@code i18n/tax} (argument {0}: the country's VAT prefix), null for OK. */
        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * Checks a VAT ID as a customer entered it for a billing country. Blank is fine (no VAT ID).
     * For countries whose VAT ID shape is not known here the prefix must match the country and at
     * most 18 letters and digits follow it.
     */
    public static Check check(String vatId, String country) {
        String id = normalize(vatId);
        if (id == null || id.isEmpty()) {
            return Check.OK;
        }
        if (country == null || country.isBlank()) {
            return Check.COUNTRY_MISSING;
        }
        String iso = country.trim().toUpperCase(Locale.ROOT);
        if (!knowsShapeOf(iso)) {
            if (!id.startsWith(iso)) {
                return Check.WRONG_COUNTRY;
            }
            return OTHER_SHAPE.matcher(id.substring(2)).matches() ? Check.OK : Check.MALFORMED;
        }
        if (isWellFormed(id, iso)) {
            return Check.OK;
        }
        boolean ownPrefix = id.startsWith(prefixOf(iso)) || ("GB".equals(iso) && id.startsWith("XI"));
        return ownPrefix ? Check.MALFORMED : Check.WRONG_COUNTRY;
    }

    /**
     * Upper case, without spaces, dots and dashes: {@code de 123.456.789} becomes {@code
     * DE123456789}. Null stays null.
     */
    public static String normalize(String vatId) {
        if (vatId == null) {
            return null;
        }
        return SEPARATORS.matcher(vatId).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the (normalized) VAT ID has the shape the country prefix requires. The prefix of
     * Greece is EL. {@code country} is the billing country it must belong to (GR for EL).
     */
    public static boolean isWellFormed(String vatId, String country) {
        if (country == null) {
            return false;
        }
        String iso = country.trim().toUpperCase(Locale.ROOT);
        return countryOf(vatId).filter(iso::equals).isPresent();
    }

    /**
     * The ISO country of a well-formed VAT ID (GR for a Greek EL… number), or empty when the VAT
     * ID has no known prefix or not the shape that prefix requires.
     */
    public static Optional<String> countryOf(String vatId) {
        String id = normalize(vatId);
        if (id == null || id.length() < 3) {
            return Optional.empty();
        }
        String prefix = id.substring(0, 2);
        Pattern shape = SHAPES.get(prefix);
        if (shape == null || !shape.matcher(id.substring(2)).matches()) {
            return Optional.empty();
        }
        return Optional.of(PREFIX_COUNTRIES.getOrDefault(prefix, prefix));
    }

    /** The VAT prefix of a country: EL for GR, otherwise the ISO code itself. */
    public static String prefixOf(String country) {
        return "GR".equals(country) ? "EL" : country;
    }

    /** Whether VAT IDs of the country can be checked for their shape here. */
    public static boolean knowsShapeOf(String country) {
        return SHAPES.containsKey(prefixOf(country));
    }

    private static Map.Entry<String, Pattern> shape(String prefix, String regex) {
        return Map.entry(prefix, Pattern.compile(regex));
    }
}
