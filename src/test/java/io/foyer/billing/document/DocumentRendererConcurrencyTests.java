package io.foyer.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One renderer serves many threads at once, and each gets exactly its own document. */
class DocumentRendererConcurrencyTests {

    @Test
    void concurrentRenderingGivesTheSameResultsAsOneThread() throws Exception {
        PdfDocumentRenderer renderer = SampleDocuments.renderer();
        List<DocumentData> documents = SampleDocuments.eInvoices();
        List<String> expectedXml = new ArrayList<>();
        List<String> expectedText = new ArrayList<>();
        for (DocumentData doc : documents) {
            expectedXml.add(new String(renderer.facturX(doc), java.nio.charset.StandardCharsets.UTF_8));
            expectedText.add(DocumentRendererTests.text(renderer.pdf(doc)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (DocumentData doc : documents) {
                    results.add(pool.submit(() -> new String[] {
                        new String(renderer.facturX(doc), java.nio.charset.StandardCharsets.UTF_8),
                        DocumentRendererTests.text(renderer.pdf(doc))
                    }));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                String[] result = results.get(i).get();
                assertThat(result[0]).isEqualTo(expectedXml.get(i % documents.size()));
                assertThat(result[1]).isEqualTo(expectedText.get(i % documents.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
