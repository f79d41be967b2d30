package io.foyer.billing.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number formats such as {@code RE-{yyyy}-{000000}}: the tokens {@code {yyyy}}, {@code {yy}},
 * {@code {mm}} and exactly one zero-padded counter {@code {0…0}} (1 to 12 zeros); everything else
 * is printed as it stands and may use letters, digits and {@code - / _ .} only.
 */
public final class NumberFormat {

    static final int MAX_LENGTH = 40;
    private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|yy|mm|0{1,12})}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9/_.-]*");

    private NumberFormat() {}

    /** The message key of what is wrong with a format, or empty when it is usable. */
    public static Optional<String> problem(String format) {
        if (format == null || format.isBlank()) {
            return Optional.of("billing.format.blank");
        }
        if (format.length() > MAX_LENGTH) {
            return Optional.of("billing.format.tooLong");
        }
        Matcher m = TOKEN.matcher(format);
        int counters = 0;
        int last = 0;
        StringBuilder literal = new StringBuilder();
        while (m.find()) {
            literal.append(format, last, m.start());
            if (m.group(1).startsWith("0")) {
                counters++;
            }
            last = m.end();
        }
        literal.append(format.substring(last));
        if (!LITERAL.matcher(literal).matches()) {
            return Optional.of("billing.format.characters");
        }
        if (counters != 1) {
            return Optional.of("billing.format.counter");
        }
        return Optional.empty();
    }

    /** Whether the counter restarts every year, because the number names the year. */
    public static boolean perYear(String format) {
        return format.contains("{yyyy}") || format.contains("{yy}");
    }

    /** The number for a counter value on a date. The counter grows beyond its width rather than wrap. */
    public static String format(String format, LocalDate date, long counter) {
        if (problem(format).isPresent()) {
            throw new IllegalArgumentException("Unusable number format: " + format);
        }
        Matcher m = TOKEN.matcher(format);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value =
                    switch (token) {
                        case "yyyy" -> String.format("%04d", date.getYear());
                        case "yy" -> String.format("%02d", date.getYear() % 100);
                        case "mm" -> String.format("%02d", date.getMonthValue());
                        default -> String.format("%0" + token.length() + "d", counter);
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
