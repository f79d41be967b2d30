package io.foyer.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app computes from the key shown on the enrolment page: written here
 * separately from Foyer's own implementation, so the tests do not trust the code under test.
 */
public final class TotpCodes {

    private TotpCodes() {}

    /** The 6-digit code of the 30-second step {@code offset} steps away from {@code time}. */
    public static String code(String base32Secret, Instant time, int offset) {
        long step = Math.floorDiv(time.getEpochSecond(), 30) + offset;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int at = hash[19] & 0xf;
            int value = ByteBuffer.wrap(hash, at, 4).getInt() & 0x7fffffff;
            return String.format("%06d", value % 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace(" ", "").toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
