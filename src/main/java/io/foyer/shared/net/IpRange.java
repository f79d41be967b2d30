package io.foyer.shared.net;

import java.util.Objects;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 198.51.100.0/24}, {@code 2001:db8::/32}); a
 * plain address is the network of that one address ({@code /32} or {@code /128}).
 *
 * <p>Parsing is strict, and it refuses rather than guesses: a range with bits set after the prefix
 * ({@code 192.168.1.17/24}) could mean the network or a mistyped single address, and in an access
 * rule the two differ by 255 addresses, so the caller gets both readings to offer instead. An
 * IPv4-mapped IPv6 range with a prefix of at least 96 is the IPv4 range it maps
 * ({@code ::ffff:10.0.0.0/104} is {@code 10.0.0.0/8}), as mapped client addresses are read as IPv4.
 */
public final class IpRange {

    private final IpAddress network;
    private final int prefix;

    private IpRange(IpAddress network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** Why a text is not a range. */
    public enum Problem {
        /** Not an IPv4 or IPv6 address at all. */
        MALFORMED,
        /** The part after {@code /} is not a number from 0 to 32 (IPv4) or 128 (IPv6). */
        PREFIX,
        /** Bits set after the prefix; {@link Invalid#network()} and {@link Invalid#single()} are the two readings. */
        HOST_BITS
    }

    /** The text is not a range; for {@link Problem#HOST_BITS} with the network and the single address it may mean. */
    public static final class Invalid extends RuntimeException {
        private final Problem problem;
        private final String network;
        private final String single;

        Invalid(Problem problem, String network, String single) {
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.network = network;
            this.single = single;
        }

        public Problem problem() {
            return problem;
        }

        public String network() {
            return network;
        }

        public String single() {
            return single;
        }
    }

    /**
     * The range written in {@code text} (no surrounding spaces), in its normal form.
     *
     * @throws Invalid when it is not a valid range
     */
    public static IpRange parse(String text) {
        if (text == null) {
            throw new Invalid(Problem.MALFORMED, null, null);
        }
        int slash = text.indexOf('/');
        byte[] raw = IpAddress.raw(slash < 0 ? text : text.substring(0, slash));
        if (raw == null) {
            throw new Invalid(Problem.MALFORMED, null, null);
        }
        int max = raw.length * 8;
        int prefix = max;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (!IpAddress.asciiDigits(digits)
                    || digits.length() > 3
                    || (digits.length() > 1 && digits.charAt(0) == '0')
                    || Integer.parseInt(digits) > max) {
                throw new Invalid(Problem.PREFIX, null, null);
            }
            prefix = Integer.parseInt(digits);
        }
        if (IpAddress.isMapped(raw) && prefix >= 96) {
            raw = java.util.Arrays.copyOfRange(raw, 12, 16);
            prefix -= 96;
        }
        IpAddress address = IpAddress.of(raw);
        byte[] masked = mask(raw, prefix);
        if (!java.util.Arrays.equals(masked, raw)) {
            throw new Invalid(Problem.HOST_BITS, IpAddress.of(masked) + "/" + prefix, address + "/" + raw.length * 8);
        }
        return new IpRange(address, prefix);
    }

    /** True when the address lies in this range; an IPv4 address is never in an IPv6 range and the reverse. */
    public boolean contains(IpAddress address) {
        if (address == null || address.ipv4() != network.ipv4()) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address.byteAt(i) != network.byteAt(i)) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int bitMask = (0xff << (8 - rest)) & 0xff;
        return (address.byteAt(full) & bitMask) == (network.byteAt(full) & bitMask);
    }

    public IpAddress network() {
        return network;
    }

    public int prefix() {
        return prefix;
    }

    private static byte[] mask(byte[] raw, int prefix) {
        byte[] masked = raw.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    /** Always with the prefix, so that a single address reads as one: {@code 203.0.113.7/32}. */
    @Override
    public String toString() {
        return network + "/" + prefix;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange that && prefix == that.prefix && network.equals(that.network);
    }

    @Override
    public int hashCode() {
        return Objects.hash(network, prefix);
    }
}
