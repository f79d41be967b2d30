package io.foyer.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The texts of the tax module exist in English and German, under the module's prefix. */
class TaxMessagesTests {

    private final Properties english = load("i18n/tax.properties");
    private final Properties german = load("i18n/tax_de.properties");

    @Test
    void germanHasExactlyTheKeysOfEnglish() {
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("tax."));
    }

    @Test
    void everyNoteAndCheckHasAText() {
        List<String> keys = new ArrayList<>(
                List.of(Vat.NOTE_REVERSE_CHARGE, Vat.NOTE_OUTSIDE_EU, Vat.NOTE_OSS, Vat.NOTE_PLACE_OF_SUPPLY_ABROAD));
        for (VatIds.Check check : VatIds.Check.values()) {
            if (check.messageKey() != null) {
                keys.add(check.messageKey());
            }
        }
        for (TaxTreatment treatment : TaxTreatment.values()) {
            keys.add(treatment.messageKey());
        }
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void theReverseChargeNoteNamesTheDirective() {
        assertThat(english.getProperty(Vat.NOTE_REVERSE_CHARGE))
                .isEqualTo("Reverse charge: VAT to be accounted for by the recipient"
                        + " (Art. 196 Council Directive 2006/112/EC).");
        assertThat(german.getProperty(Vat.NOTE_REVERSE_CHARGE))
                .isEqualTo("Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) gemäß Art. 196 MwStSystRL.");
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = TaxMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
