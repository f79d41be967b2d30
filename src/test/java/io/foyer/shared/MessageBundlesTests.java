package io.foyer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in every language Foyer speaks: a key missing in German would show English. */
class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {"shared", "identity", "account", "console", "ordering", "subscription", "catalog", "support"})
    void germanHasExactlyTheKeysOfEnglish(String bundle) throws IOException {
        Properties english = load("i18n/" + bundle + ".properties");
        Properties german = load("i18n/" + bundle + "_de.properties");
        assertThat(german.stringPropertyNames())
                .as(bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    /** One key in two bundles: the first bundle in spring.messages.basename would silently win. */
    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owners = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String bundle :
                List.of("shared", "identity", "account", "console", "ordering", "subscription", "catalog", "support")) {
            for (String key : load("i18n/" + bundle + ".properties").stringPropertyNames()) {
                String earlier = owners.putIfAbsent(key, bundle);
                if (earlier != null) {
                    clashes.add(key + " in " + earlier + " and " + bundle);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void bundlesAreFound() throws IOException {
        assertThat(load("i18n/account.properties").getProperty("ipRanges.title"))
                .isEqualTo("Allowed IP ranges");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
