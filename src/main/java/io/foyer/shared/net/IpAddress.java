package io.foyer.shared.net;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address, read from its text form by this class alone: no name lookup ever
 * happens, whatever the text is ({@code InetAddress.getByName} would resolve anything that is not a
 * literal, and accepts forms such as {@code 010.1} that mean different things to different tools).
 *
 * <p>An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) is the IPv4 address it carries: a
 * dual-stack server reports IPv4 clients either way, and both must meet the same ranges.
 */
public final class IpAddress {

    private static final int MAX_IPV6_TEXT = 45;
    private final byte[] bytes;

    private IpAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address written in {@code text}, strictly: no spaces, brackets, zone or leading zeros in IPv4. */
    public static Optional<IpAddress> parse(String text) {
        byte[] raw = raw(text);
        return raw == null ? Optional.empty() : Optional.of(new IpAddress(unmapped(raw)));
    }

    /**
     * A client address as the servlet container reports it: IPv6 may come in brackets or with a
     * zone ({@code fe80::1%eth0}), which says which interface it came in on, not who it is.
     */
    public static Optional<IpAddress> ofRemoteAddress(String remoteAddress) {
        if (remoteAddress == null) {
            return Optional.empty();
        }
        String text = remoteAddress.trim();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        int zone = text.indexOf('%');
        if (zone >= 0 && text.indexOf(':') >= 0) {
            text = text.substring(0, zone);
        }
        return parse(text);
    }

    /** The 4 or 16 bytes of an address as written, without unmapping; null when it is none. */
    static byte[] raw(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
    }

    static boolean isMapped(byte[] raw) {
        if (raw.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (raw[i] != 0) {
                return false;
            }
        }
        return raw[10] == (byte) 0xff && raw[11] == (byte) 0xff;
    }

    private static byte[] unmapped(byte[] raw) {
        return isMapped(raw) ? Arrays.copyOfRange(raw, 12, 16) : raw;
    }

    static IpAddress of(byte[] bytes) {
        return new IpAddress(bytes.clone());
    }

    public boolean ipv4() {
        return bytes.length == 4;
    }

    /** Address length in bits: 32 or 128. */
    public int bits() {
        return bytes.length * 8;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    byte byteAt(int index) {
        return bytes[index];
    }

    /** Dotted decimal for IPv4; RFC 5952 for IPv6 (lower case, the longest run of zero groups as {@code ::}). */
    @Override
    public String toString() {
        if (ipv4()) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Four decimal numbers 0–255 without leading zeros ({@code 010} is octal to some tools). */
    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] result = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty()
                    || part.length() > 3
                    || !asciiDigits(part)
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            result[i] = (byte) value;
        }
        return result;
    }

    /** RFC 4291 text: eight groups of 1–4 hex digits, one {@code ::} for zero groups, IPv4 in the last 32 bits. */
    private static byte[] ipv6(String text) {
        if (text.length() > MAX_IPV6_TEXT) {
            return null;
        }
        String groupsText = text;
        byte[] ipv4 = null;
        if (text.indexOf('.') >= 0) {
            int lastColon = text.lastIndexOf(':');
            ipv4 = ipv4(text.substring(lastColon + 1));
            if (ipv4 == null) {
                return null;
            }
            groupsText = text.substring(0, lastColon + 1);
            if (!groupsText.endsWith("::")) {
                groupsText = groupsText.substring(0, groupsText.length() - 1);
            }
        }
        int wanted = ipv4 == null ? 8 : 6;
        int[] groups;
        int gap = groupsText.indexOf("::");
        if (gap < 0) {
            groups = groups(groupsText);
            if (groups == null || groups.length != wanted) {
                return null;
            }
        } else {
            if (groupsText.indexOf("::", gap + 1) >= 0) {
                return null;
            }
            int[] head = gap == 0 ? new int[0] : groups(groupsText.substring(0, gap));
            String tailText = groupsText.substring(gap + 2);
            int[] tail = tailText.isEmpty() ? new int[0] : groups(tailText);
            if (head == null || tail == null || head.length + tail.length >= wanted) {
                return null;
            }
            groups = new int[wanted];
            System.arraycopy(head, 0, groups, 0, head.length);
            System.arraycopy(tail, 0, groups, wanted - tail.length, tail.length);
        }
        byte[] result = new byte[16];
        for (int i = 0; i < wanted; i++) {
            result[2 * i] = (byte) (groups[i] >> 8);
            result[2 * i + 1] = (byte) groups[i];
        }
        if (ipv4 != null) {
            System.arraycopy(ipv4, 0, result, 12, 4);
        }
        return result;
    }

    private static int[] groups(String text) {
        String[] parts = text.split(":", -1);
        int[] result = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < part.length(); j++) {
                int digit = hex(part.charAt(j));
                if (digit < 0) {
                    return null;
                }
                value = value * 16 + digit;
            }
            result[i] = value;
        }
        return result;
    }

    /** ASCII only: {@link Character#digit} would take Arabic-Indic or full-width digits too. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static boolean asciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
