package io.foyer.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for page tests: keeps cookies, does not follow redirects, and sends
 * the CSRF token a real form would carry.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String host;
    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public record Response(int status, String body, String redirect, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public WebClient(int port) {
        this("localhost", port);
    }

    /** A client connecting to the given host, e.g. {@code [::1]} to come from the IPv6 loopback address. */
    public WebClient(String host, int port) {
        this.host = host;
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Holds this cookie from now on, as a browser that was handed it would (e.g. a copied session cookie). */
    public WebClient withCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
        return this;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A GET with extra headers, as name, value pairs. */
    public Response get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Posts a form as a browser would, with a fresh CSRF token of this session. */
    public Response postForm(String path, String... keysAndValues) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.add(enc(keysAndValues[i]) + "=" + enc(keysAndValues[i + 1]));
        }
        form.add("_csrf=" + enc(csrfToken()));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
    }

    /** Posts without a CSRF token (to prove it is required). */
    public Response postFormWithoutCsrf(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response login(String login, String password) {
        return postForm("/login", "login", login, "password", password);
    }

    public String csrfToken() {
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://" + host + ":" + port + path);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
