package io.foyer.billing.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * with Mustang. Holds only immutable state (the template engine, font and colour profile bytes):
 * safe for concurrent use.
 */
@Component
class PdfDocumentRenderer implements DocumentRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String PRODUCER = "Foyer";

    private final TemplateEngine templates;
    private final byte[] regularFont;
    private final byte[] boldFont;
    private final byte[] colorProfile;

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
    }

    @Override
    public byte[] pdf(DocumentData document) {
        byte[] pdf = renderPdf(html(document), document);
        if (!EInvoices.hasEInvoice(document.type())) {
            return pdf;
        }
        return embed(pdf, facturX(document));
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
        return templates.process("document", new Context(document.language(), variables));
    }

    private byte[] renderPdf(String html, DocumentData document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(colorProfile);
        builder.useFont(
                () -> new java.io.ByteArrayInputStream(regularFont),
                FONT_FAMILY,
                400,
                PdfRendererBuilder.FontStyle.NORMAL,
                true);
        builder.useFont(
                () -> new java.io.ByteArrayInputStream(boldFont),
                FONT_FAMILY,
                700,
                PdfRendererBuilder.FontStyle.NORMAL,
                true);
        builder.withProducer(PRODUCER);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering document " + document.number() + " failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] embed(byte[] pdf, byte[] xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + xml.length + 16 * 1024);
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
            exporter.setZUGFeRDVersion(2);
            exporter.setProfile(EInvoices.EN16931);
            exporter.setConformanceLevel(PDFAConformanceLevel.UNICODE);
            exporter.setProducer(PRODUCER);
            exporter.setCreator(PRODUCER);
            exporter.load(pdf);
            exporter.setXML(xml);
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
