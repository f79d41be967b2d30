package io.foyer.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The standard VAT rates per country, each valid from a date (inclusive) until the next rate of
 * that country starts. The document date picks the rate. All 27 EU member states, plus the
 * domestic rates of a few non-EU countries a provider may be based in (CH, GB, NO).
 */
public final class VatRates {

    /** One rate of one country, valid from {@code from} (null: since before any date asked for). */
    public record Rate(String country, LocalDate from, BigDecimal percent) {
        public Rate {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(percent, "percent");
        }
    }

    private static final List<Rate> TABLE = List.of(
            rate("AT", null, "20"),
            rate("BE", null, "21"),
            rate("BG", null, "20"),
            rate("CY", null, "19"),
            rate("CZ", null, "21"),
            rate("DE", null, "19"),
            rate("DK", null, "25"),
            rate("EE", null, "20"),
            rate("EE", "2024-01-01", "22"),
            rate("EE", "2025-07-01", "24"),
            rate("ES", null, "21"),
            rate("FI", null, "24"),
            rate("FI", "2024-09-01", "25.5"),
            rate("FR", null, "20"),
            rate("GR", null, "24"),
            rate("HR", null, "25"),
            rate("HU", null, "27"),
            rate("IE", null, "23"),
            rate("IT", null, "22"),
            rate("LT", null, "21"),
            rate("LU", null, "17"),
            rate("LU", "2023-01-01", "16"),
            rate("LU", "2024-01-01", "17"),
            rate("LV", null, "21"),
            rate("MT", null, "18"),
            rate("NL", null, "21"),
            rate("PL", null, "23"),
            rate("PT", null, "23"),
            rate("RO", null, "19"),
            rate("RO", "2025-08-01", "21"),
            rate("SE", null, "25"),
            rate("SI", null, "22"),
            rate("SK", null, "20"),
            rate("SK", "2025-01-01", "23"),
            // Outside the EU: the provider's own domestic VAT.
            rate("CH", null, "7.7"),
            rate("CH", "2024-01-01", "8.1"),
            rate("GB", null, "20"),
            rate("NO", null, "25"));

    /** Per country, the rates by start date; an open start sorts first as {@link LocalDate#MIN}. */
    private static final Map<String, TreeMap<LocalDate, BigDecimal>> BY_COUNTRY = TABLE.stream()
            .collect(Collectors.groupingBy(
                    Rate::country,
                    Collectors.toMap(
                            r -> r.from() == null ? LocalDate.MIN : r.from(),
                            Rate::percent,
                            (a, b) -> {
                                throw new IllegalStateException("Two rates start on the same day");
                            },
                            TreeMap::new)));

    private VatRates() {}

    /**
     * The standard rate in percent (e.g. 19 or 25.5) of the country on the date, or empty when the
     * table has no rate for the country.
     */
    public static Optional<BigDecimal> standard(String country, LocalDate date) {
        Objects.requireNonNull(date, "date");
        TreeMap<LocalDate, BigDecimal> rates = BY_COUNTRY.get(country);
        if (rates == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(rates.floorEntry(date)).map(Map.Entry::getValue);
    }

    /** The countries the table has rates for. */
    public static Set<String> countries() {
        return BY_COUNTRY.keySet();
    }

    /** The whole table, by country and start date, for display. */
    public static List<Rate> all() {
        return TABLE.stream()
                .sorted(Comparator.comparing(Rate::country)
                        .thenComparing(Rate::from, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static Rate rate(String country, String from, String percent) {
        return new Rate(country, from == null ? null : LocalDate.parse(from), new BigDecimal(percent));
    }
}
