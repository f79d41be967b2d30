package io.foyer.shared.web;

import io.foyer.shared.net.IpRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a forwarded-headers set-up that would let clients choose their own
 * address. Tomcat reads {@code server.tomcat.remoteip.internal-proxies} as a CIDR list only when it
 * contains a {@code /} and as a regular expression otherwise, so every entry must be a range with
 * its prefix; and {@code framework} (Spring's {@code ForwardedHeaderFilter}) believes the headers
 * of every client, whoever connects.
 */
@Component
class TrustedProxies {

    static final String PROXIES = "server.tomcat.remoteip.internal-proxies";
    static final String STRATEGY = "server.forward-headers-strategy";

    TrustedProxies(Environment environment) {
        List<String> problems = problems(environment.getProperty(STRATEGY), environment.getProperty(PROXIES));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Forwarded headers are configured unsafely: " + String.join("; ", problems));
        }
    }

    static List<String> problems(String strategy, String proxies) {
        List<String> problems = new ArrayList<>();
        String mode = strategy == null ? "" : strategy.trim().toLowerCase(Locale.ROOT);
        if (mode.equals("framework")) {
            problems.add(STRATEGY + "=framework believes X-Forwarded-For from any client; use native with"
                    + " FOYER_TRUSTED_PROXIES");
        }
        if (proxies == null || proxies.isBlank()) {
            return problems;
        }
        if (!mode.equals("native")) {
            problems.add("FOYER_TRUSTED_PROXIES is set, but " + STRATEGY + " is not native, so it would be ignored");
        }
        for (String entry : proxies.split(",", -1)) {
            String range = entry.trim();
            if (range.indexOf('/') < 0) {
                problems.add("FOYER_TRUSTED_PROXIES entry '" + range + "' needs a prefix length, e.g. " + range
                        + (range.contains(":") ? "/128" : "/32"));
                continue;
            }
            try {
                IpRange.parse(range);
            } catch (IpRange.Invalid invalid) {
                problems.add("FOYER_TRUSTED_PROXIES entry '" + range + "' is not an IPv4 or IPv6 range ("
                        + invalid.problem().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
            }
        }
        return problems;
    }
}
