package io.foyer.account.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the REST API of the running test server as a script would: a bearer token, JSON in and out. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String host;
    private final int port;

    public ApiClient(int port) {
        this("localhost", port);
    }

    /** A client connecting to the given host, e.g. {@code [::1]} to come from the IPv6 loopback address. */
    ApiClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public record Response(int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The message of a field error in a 422 problem document, or null. */
        public String fieldError(String field) {
            for (JsonNode error : json().path("errors").values()) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("message").asString();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String token, String path) {
        return send(token, "GET", path, BodyPublishers.noBody());
    }

    public Response delete(String token, String path) {
        return send(token, "DELETE", path, BodyPublishers.noBody());
    }

    public Response put(String token, String path, String json, String... headers) {
        return send(token, "PUT", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), json(headers));
    }

    public Response post(String token, String path, String json, String... headers) {
        return send(token, "POST", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), json(headers));
    }

    /** Any request; headers as name, value pairs. A null token sends no Authorization header. */
    public Response send(String token, String method, String path, BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(path.startsWith("http") ? path : "http://" + host + ":" + port + path))
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String[] json(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }
}
