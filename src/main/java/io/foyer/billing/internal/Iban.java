package io.foyer.billing.internal;

import java.math.BigInteger;
import java.util.Locale;

/** IBAN shape and ISO 13616 check digits (mod 97). */
public final class Iban {

    private Iban() {}

    /** Upper case without spaces. */
    public static String normalize(String iban) {
        return iban == null ? null : iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String iban) {
        String value = normalize(iban);
        if (value == null || !value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String rearranged = value.substring(4) + value.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
