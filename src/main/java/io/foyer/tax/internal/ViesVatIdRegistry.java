package io.foyer.tax.internal;

import io.foyer.tax.VatIdRegistry;
import io.foyer.tax.VatIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the EU's VIES service whether a VAT ID is registered, through its REST API. Off unless
 * {@code foyer.tax.vies.enabled} is true; off, unreachable, slow, or answering with an error it
 * says {@link Registration#UNAVAILABLE}, never throws. Only EU VAT IDs (and XI for Northern
 * Ireland) are in VIES; others are UNAVAILABLE without a call.
 */
@Component
class ViesVatIdRegistry implements VatIdRegistry {

    static final String DEFAULT_URL = "https://ec.europa.eu/taxation_customs/vies/rest-api/check-vat-number";

    /** The VAT prefixes VIES answers for. */
    private static final Set<String> VIES_PREFIXES = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI");

    private static final Logger log = LoggerFactory.getLogger(ViesVatIdRegistry.class);

    private final boolean enabled;
    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    ViesVatIdRegistry(
            @Value("${foyer.tax.vies.enabled:false}") boolean enabled,
            @Value("${foyer.tax.vies.url:" + DEFAULT_URL + "}") String url,
            @Value("${foyer.tax.vies.timeout:5s}") Duration timeout) {
        this.enabled = enabled;
        this.url = URI.create(url);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = enabled
                ? HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build()
                : null;
    }

    @Override
    public Registration check(String vatId) {
        if (!enabled) {
            return Registration.UNAVAILABLE;
        }
        String id = VatIds.normalize(vatId);
        if (id == null || id.length() < 3 || !VIES_PREFIXES.contains(id.substring(0, 2))) {
            return Registration.UNAVAILABLE;
        }
        if (VatIds.countryOf(id).isEmpty()) {
            // Not even the shape of a VAT ID of its country: no registry would know it.
            return Registration.INVALID;
        }
        try {
            return ask(id.substring(0, 2), id.substring(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Registration.UNAVAILABLE;
        } catch (Exception e) {
            log.warn("VIES check of a {} VAT ID failed: {}", id.substring(0, 2), e.toString());
            return Registration.UNAVAILABLE;
        }
    }

    private Registration ask(String countryCode, String vatNumber) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("countryCode", countryCode);
        body.put("vatNumber", vatNumber);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            log.warn("VIES answered HTTP {} for a {} VAT ID", response.statusCode(), countryCode);
            return Registration.UNAVAILABLE;
        }
        return interpret(JsonMapper.shared().readTree(response.body()));
    }

    /**
     * VIES answers {@code valid} (the GET variant {@code isValid}); {@code userError} is VALID or
     * INVALID when the member state answered, otherwise a reason such as MS_UNAVAILABLE or TIMEOUT;
     * failed calls carry {@code actionSucceed: false} and {@code errorWrappers}.
     */
    static Registration interpret(JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            return Registration.UNAVAILABLE;
        }
        if (answer.path("actionSucceed").isBoolean()
                && !answer.path("actionSucceed").asBoolean()) {
            return Registration.UNAVAILABLE;
        }
        if (answer.has("errorWrappers")) {
            return Registration.UNAVAILABLE;
        }
        JsonNode userError = answer.path("userError");
        if (userError.isString() && !Set.of("VALID", "INVALID").contains(userError.asString())) {
            return Registration.UNAVAILABLE;
        }
        JsonNode valid = answer.has("valid") ? answer.path("valid") : answer.path("isValid");
        if (!valid.isBoolean()) {
            return Registration.UNAVAILABLE;
        }
        return valid.asBoolean() ? Registration.VALID : Registration.INVALID;
    }
}
