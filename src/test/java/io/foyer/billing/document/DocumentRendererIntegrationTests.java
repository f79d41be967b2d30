package io.foyer.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.IntegrationTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The renderer is a bean and finds its texts in the application's message bundles. */
@IntegrationTest
class DocumentRendererIntegrationTests {

    @Autowired
    DocumentRenderer renderer;

    @Test
    void rendersWithTheApplicationsMessages() throws IOException {
        String german = DocumentRendererTests.text(renderer.pdf(SampleDocuments.germanInvoice()));
        String english = DocumentRendererTests.text(renderer.pdf(SampleDocuments.ossConsumerInFrance()));

        assertThat(german).contains("Rechnung", "Kundennummer", "Gesamtbetrag", "11,90 EUR");
        assertThat(english).contains("Invoice", "Customer number", "Total", "5.99 EUR");
    }
}
