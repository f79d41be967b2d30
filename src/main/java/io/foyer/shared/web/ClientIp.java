package io.foyer.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the servlet container sees it. Forwarded headers are honoured only
 * when {@code server.forward-headers-strategy} is configured for a trusted reverse proxy, in
 * which case the container has already rewritten the remote address.
 */
public final class ClientIp {
    private ClientIp() {}

    public static String of(HttpServletRequest request) {
        return request == null ? null : request.getRemoteAddr();
    }
}
