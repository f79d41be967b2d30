package io.foyer.tax;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The tax module in the running application: its messages are found, VIES is off by default. */
@IntegrationTest
class TaxWiringIntegrationTests {

    @Autowired
    VatIdRegistry registry;

    @Autowired
    MessageSource messages;

    @Test
    void viesIsOffUnlessConfigured() {
        assertThat(registry.check("DE123456789")).isEqualTo(VatIdRegistry.Registration.UNAVAILABLE);
    }

    @Test
    void legalNotesAndCheckMessagesAreInTheApplicationsMessages() {
        assertThat(messages.getMessage(Vat.NOTE_REVERSE_CHARGE, null, Locale.ENGLISH))
                .startsWith("Reverse charge: VAT to be accounted for by the recipient");
        assertThat(messages.getMessage(Vat.NOTE_REVERSE_CHARGE, null, Locale.GERMAN))
                .startsWith("Steuerschuldnerschaft des Leistungsempfängers");
        assertThat(messages.getMessage(Vat.NOTE_OUTSIDE_EU, null, Locale.GERMAN))
                .contains("außerhalb der EU");
        assertThat(messages.getMessage(TaxTreatment.DESTINATION_OSS.messageKey(), null, Locale.ENGLISH))
                .contains("OSS");
        assertThat(messages.getMessage(VatIds.Check.MALFORMED.messageKey(), new Object[] {"EL"}, Locale.ENGLISH))
                .isEqualTo("This is not a valid EL VAT ID. Please check the number.");
    }
}
