package io.foyer.account.internal;

import io.foyer.shared.net.IpAddress;
import io.foyer.shared.net.IpRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where the members of an account may use it from: a list of IPv4 and IPv6 ranges, empty for
 * anywhere. Read from the form's lines or the API's entries, each checked on its own so that every
 * wrong entry can be named; duplicates are dropped, order is kept.
 */
public final class AllowedIpRanges {

    public static final int MAX_RANGES = 100;
    /** Longer than any range ({@code ffff:…:255.255.255.255/128} has 49 characters), short enough to quote. */
    public static final int MAX_ENTRY = 64;
    /** The whole form text, checked before it is split: a 2 MB paste must not be parsed line by line. */
    static final int MAX_TEXT = MAX_RANGES * (MAX_ENTRY + 2);

    public static final AllowedIpRanges ANYWHERE = new AllowedIpRanges(List.of());

    private final List<IpRange> ranges;

    private AllowedIpRanges(List<IpRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** One wrong entry: its position (line in the form, 1-based; index in the API, 0-based; -1 for the whole list) and why. */
    public record Problem(int position, MessageSourceResolvable message) {}

    /** The ranges could not be read; every problem found. */
    public static final class Invalid extends RuntimeException {
        private final List<Problem> problems;

        Invalid(List<Problem> problems) {
            super("invalid IP ranges", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The form's text: one range per line, blank lines ignored; problems name the line (from 1). */
    public static AllowedIpRanges fromLines(String text) {
        if (text == null || text.isBlank()) {
            return ANYWHERE;
        }
        if (text.length() > MAX_TEXT) {
            throw new Invalid(List.of(new Problem(-1, message("ipRanges.tooMany", MAX_RANGES))));
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<String> entries = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                entries.add(line);
                positions.add(i + 1);
            }
        }
        return read(entries, positions);
    }

    /** The API's list: problems name the index (from 0). */
    public static AllowedIpRanges fromEntries(List<String> entries) {
        if (entries == null) {
            return ANYWHERE;
        }
        List<String> stripped = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            stripped.add(entries.get(i) == null ? "" : entries.get(i).strip());
            positions.add(i);
        }
        return read(stripped, positions);
    }

    /** As stored: the database's cidr type holds only valid ranges. */
    static AllowedIpRanges fromDatabase(String[] stored) {
        if (stored == null || stored.length == 0) {
            return ANYWHERE;
        }
        List<IpRange> ranges = new ArrayList<>(stored.length);
        for (String range : stored) {
            ranges.add(IpRange.parse(range));
        }
        return new AllowedIpRanges(ranges);
    }

    private static AllowedIpRanges read(List<String> entries, List<Integer> positions) {
        if (entries.size() > MAX_RANGES) {
            throw new Invalid(List.of(new Problem(-1, message("ipRanges.tooMany", MAX_RANGES))));
        }
        Set<IpRange> ranges = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (entry.length() > MAX_ENTRY) {
                problems.add(new Problem(
                        positions.get(i), message("ipRanges.entryTooLong", entry.substring(0, 20) + "…", MAX_ENTRY)));
                continue;
            }
            try {
                ranges.add(IpRange.parse(entry));
            } catch (IpRange.Invalid invalid) {
                problems.add(new Problem(
                        positions.get(i),
                        switch (invalid.problem()) {
                            case MALFORMED -> message("ipRanges.malformed", entry);
                            case PREFIX -> message("ipRanges.prefix", entry);
                            case HOST_BITS -> message("ipRanges.hostBits", entry, invalid.network(), invalid.single());
                        }));
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new AllowedIpRanges(new ArrayList<>(ranges));
    }

    private static MessageSourceResolvable message(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }

    /** Anywhere when the list is empty; otherwise only from inside one of the ranges (an unknown address never). */
    public boolean allow(Optional<IpAddress> client) {
        return ranges.isEmpty()
                || client.map(address -> ranges.stream().anyMatch(r -> r.contains(address)))
                        .orElse(false);
    }

    public boolean restricted() {
        return !ranges.isEmpty();
    }

    public List<String> entries() {
        return ranges.stream().map(IpRange::toString).toList();
    }

    String[] forDatabase() {
        return entries().toArray(String[]::new);
    }

    /** For the form's text area. */
    public String lines() {
        return String.join("\n", entries());
    }

    /** For the audit log. */
    String describe() {
        return ranges.isEmpty() ? "(anywhere)" : String.join(", ", entries());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllowedIpRanges that && ranges.equals(that.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
