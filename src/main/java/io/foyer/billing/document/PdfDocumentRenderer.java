package io.foyer.billing.document;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mustangproject.Invoice;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders documents with Thymeleaf (templates/billing/document/) to HTML, with openhtmltopdf to
 * PDF/A-3u (embedded DejaVu Sans, sRGB output intent, XMP metadata), and embeds the Factur-X XML
 * with Mustang. Holds only immutable state (the template engine, font and colour profile bytes)
 * and a pool of parsed fonts that each rendering borrows for itself: safe for concurrent use.
 */
@Component
class PdfDocumentRenderer implements DocumentRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String PRODUCER = "Foyer";

    /**
     * PDFBox (XMP metadata), openhtmltopdf and Mustang ask for a new JAXP factory several times per
     * document. Without these properties each call scans every jar's service files (about a quarter
     * of the rendering time), and the transformer lookup finds the XSLT processor that Mustang brings
     * along instead of the JDK's. Pinned to the JDK's own implementations, which are what the
     * lookup would otherwise fall back to: the only other provider on the class path is that
     * transformer.
     */
    private static final Map<String, String> JDK_XML_FACTORIES = Map.of(
            "javax.xml.transform.TransformerFactory",
            "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory",
            "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.parsers.SAXParserFactory",
            "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");

    static {
        JDK_XML_FACTORIES.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
    }

    private final TemplateEngine templates;
    private final byte[] regularFont;
    private final byte[] boldFont;
    private final byte[] colorProfile;
    private final Queue<Fonts> idleFonts = new ConcurrentLinkedQueue<>();

    PdfDocumentRenderer(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/billing/document/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        this.templates = engine;
        this.regularFont = resource("billing/fonts/DejaVuSans.ttf");
        this.boldFont = resource("billing/fonts/DejaVuSans-Bold.ttf");
        this.colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        quietRendererLogs();
    }

    /** openhtmltopdf logs several INFO lines per document; only its warnings are of interest. */
    private static void quietRendererLogs() {
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    @Override
    public byte[] pdf(DocumentData document) {
        // The e-invoice model first: a document whose totals do not add up fails before rendering.
        Invoice invoice = EInvoices.hasEInvoice(document.type()) ? EInvoices.invoice(document) : null;
        byte[] pdf = renderPdf(html(document), document);
        return invoice == null ? pdf : embed(pdf, invoice);
    }

    @Override
    public byte[] facturX(DocumentData document) {
        return EInvoices.xml(document, EInvoices.EN16931);
    }

    @Override
    public byte[] xrechnung(DocumentData document) {
        return EInvoices.xml(document, EInvoices.XRECHNUNG);
    }

    /** The document as XHTML, before it becomes a PDF. */
    String html(DocumentData document) {
        Map<String, Object> variables = Map.of("doc", DocumentView.of(document));
        return templates.process("document", new Context(DocumentView.locale(document), variables));
    }

    private byte[] renderPdf(String html, DocumentData document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Fonts fonts = borrowFonts();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
            builder.useColorProfile(colorProfile);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(pdf, fonts.regular(), true)),
                    FONT_FAMILY,
                    400,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(pdf, fonts.bold(), true)),
                    FONT_FAMILY,
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withProducer(PRODUCER);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering document " + document.number() + " failed", e);
        } finally {
            idleFonts.offer(fonts);
        }
        return out.toByteArray();
    }

    /** Parsed fonts are reused, one set per concurrent rendering (a parsed font is not thread-safe). */
    private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {}

    private Fonts borrowFonts() {
        Fonts fonts = idleFonts.poll();
        if (fonts != null) {
            return fonts;
        }
        try {
            return new Fonts(
                    new TTFParser().parse(new RandomAccessReadBuffer(regularFont)),
                    new TTFParser().parse(new RandomAccessReadBuffer(boldFont)));
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled font unreadable", e);
        }
    }

    private static byte[] embed(byte[] pdf, Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
            exporter.setZUGFeRDVersion(2);
            exporter.setProfile(EInvoices.EN16931);
            exporter.setConformanceLevel(PDFAConformanceLevel.UNICODE);
            exporter.setProducer(PRODUCER);
            exporter.setCreator(PRODUCER);
            // The renderer's output is PDF/A-3u by construction (and checked by the tests):
            // skip the exporter's own preflight of it, which costs more than the rendering.
            exporter.ignorePDFAErrors();
            exporter.load(pdf);
            // The exporter writes the same XML as facturX(): one Mustang model, profile EN 16931.
            synchronized (EInvoices.XML_GENERATION) {
                exporter.setTransaction(invoice);
            }
            exporter.export(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedding the e-invoice failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfDocumentRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
