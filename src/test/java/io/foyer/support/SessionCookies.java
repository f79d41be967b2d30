package io.foyer.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The session cookie as the tests see it: its name, and the session id it carries. */
public final class SessionCookies {

    public static final String NAME = "FOYER_SESSION";

    private SessionCookies() {}

    /** The id of the client's session (Spring Session base64-encodes it in the cookie), or null. */
    public static String sessionId(WebClient web) {
        String value = web.cookie(NAME);
        return value == null ? null : new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }

    /** A new client holding a copy of another client's session cookie, like a second browser would with a stolen one. */
    public static WebClient copyOf(WebClient web, int port) {
        return new WebClient(port).withCookie(NAME, web.cookie(NAME));
    }
}
