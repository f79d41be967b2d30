package io.foyer.shared.web;

import io.foyer.shared.net.IpAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The client's address as the servlet container sees it: the TCP peer. Forwarded headers never
 * count here; Tomcat's {@code RemoteIpValve} has already put the forwarded address in its place
 * when, and only when, the connection came from one of {@code FOYER_TRUSTED_PROXIES}
 * ({@code server.tomcat.remoteip.internal-proxies}, checked at start-up by {@link TrustedProxies}).
 */
public final class ClientIp {
    private ClientIp() {}

    public static String of(HttpServletRequest request) {
        return request == null ? null : request.getRemoteAddr();
    }

    /** The client address for people to read: normalised when it can be read ({@code ::1}, not {@code 0:0:0:0:0:0:0:1}). */
    public static String display(HttpServletRequest request) {
        return address(request).map(IpAddress::toString).orElse(of(request));
    }

    /** The client address for decisions (allowed IP ranges): IPv4-mapped as IPv4, without an IPv6 zone. */
    public static Optional<IpAddress> address(HttpServletRequest request) {
        return IpAddress.ofRemoteAddress(of(request));
    }
}
