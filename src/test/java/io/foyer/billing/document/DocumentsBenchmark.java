package io.foyer.billing.document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Invoice PDF + XML generation throughput of one renderer on one thread: each document is a PDF/A-3
 * with its embedded Factur-X XML plus the XRechnung XML. Not a test; run by bench/documents.sh.
 * Arguments: warm-up seconds, measured seconds.
 */
public final class DocumentsBenchmark {

    private DocumentsBenchmark() {}

    public static void main(String[] args) {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        PdfDocumentRenderer renderer = SampleDocuments.renderer();
        List<DocumentData> documents = SampleDocuments.typicalEInvoices();

        run(renderer, documents, warmupSeconds * 1_000_000_000L);
        long[] result = run(renderer, documents, seconds * 1_000_000_000L);

        System.out.printf(
                "documents: %d in %.1f s = %.1f documents/s (%.1f ms each, %.0f KB PDF on average)%n",
                result[0],
                result[1] / 1e9,
                result[0] * 1e9 / result[1],
                result[1] / 1e6 / result[0],
                result[2] / 1024.0 / result[0]);
        System.out.printf(
                "CPU time of the rendering thread: %.1f ms per document = %.1f documents per CPU-second%n",
                result[3] / 1e6 / result[0], result[0] * 1e9 / result[3]);
    }

    /** Renders round-robin until the time is up: count, nanoseconds, bytes of PDF, CPU nanoseconds. */
    private static long[] run(PdfDocumentRenderer renderer, List<DocumentData> documents, long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long count = 0;
        long bytes = 0;
        while (System.nanoTime() - start < nanos) {
            DocumentData doc = documents.get((int) (count % documents.size()));
            bytes += renderer.pdf(doc).length;
            renderer.xrechnung(doc);
            count++;
        }
        return new long[] {count, System.nanoTime() - start, bytes, threads.getCurrentThreadCpuTime() - cpuStart};
    }
}
