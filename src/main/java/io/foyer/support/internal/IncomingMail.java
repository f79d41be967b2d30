package io.foyer.support.internal;

import io.foyer.support.NewAttachment;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mail of the support mailbox, read from its raw bytes: who sent it, to which addresses, the
 * ticket number in its subject, whether it is an automatic mail, and — unless its MIME structure is
 * broken — its text and attached files.
 */
final class IncomingMail {

    static final int MAX_KEY = 900;
    private static final Pattern NUMBER = Pattern.compile("\\[Ticket\\s+(\\d{4}-\\d{6})\\]", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PARTS = 100;
    private static final int MAX_DEPTH = 10;
    private static final String[] RECIPIENT_HEADERS = {
        "To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To"
    };

    /** The text and files of a mail, or why they could not be read. */
    record Content(String text, List<NewAttachment> attachments, String brokenBecause) {

        boolean broken() {
            return brokenBecause != null;
        }
    }

    private final MimeMessage message;
    private final byte[] raw;

    private IncomingMail(MimeMessage message, byte[] raw) {
        this.message = message;
        this.raw = raw;
    }

    static IncomingMail parse(byte[] raw) {
        try {
            Properties properties = new Properties();
            // Strict about what makes a mail readable, lenient about what only makes it untidy.
            properties.setProperty("mail.mime.address.strict", "false");
            properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
            properties.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
            properties.setProperty("mail.mime.base64.ignoreerrors", "false");
            return new IncomingMail(
                    new MimeMessage(Session.getInstance(properties), new ByteArrayInputStream(raw)), raw);
        } catch (MessagingException e) {
            // Only an unreadable header block gets here; such a mail still has a key and is held.
            return new IncomingMail(null, raw);
        }
    }

    byte[] raw() {
        return raw;
    }

    /**
     * The Message-ID, or, when it has none, a hash of the headers a sender writes (From, To, Cc,
     * Date, Subject) and the body: the same mail delivered twice over different routes (other
     * Received and Delivered-To headers) has the same key.
     */
    String key() {
        String id = header("Message-ID").map(String::strip).orElse("");
        if (id.isEmpty()) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (String name : List.of("From", "To", "Cc", "Date", "Subject")) {
                content.writeBytes(
                        (name + ": " + String.join(", ", headers(name)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            content.writeBytes(body());
            return "sha256:" + sha256(content.toByteArray());
        }
        return id.length() > MAX_KEY ? "sha256-id:" + sha256(id.getBytes(StandardCharsets.UTF_8)) : id;
    }

    /** The sender's address (the first of From), lower case; empty when it has none readable. */
    Optional<String> sender() {
        return header("From").flatMap(IncomingMail::firstAddress);
    }

    String senderDisplay() {
        return header("From")
                .map(value -> {
                    try {
                        return MimeUtility.decodeText(value).strip();
                    } catch (IOException e) {
                        return value.strip();
                    }
                })
                .map(s -> s.length() > 320 ? s.substring(0, 320) : s)
                .orElse("");
    }

    /** The name part of From, if any. */
    Optional<String> senderName() {
        try {
            Address[] from = message == null ? null : message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress a && a.getPersonal() != null) {
                return Optional.of(a.getPersonal().strip()).filter(s -> !s.isEmpty());
            }
        } catch (MessagingException e) {
            // no readable name
        }
        return Optional.empty();
    }

    String subject() {
        try {
            String subject = message == null ? null : message.getSubject();
            subject = subject == null ? "" : subject.strip();
            return subject.length() > 300 ? subject.substring(0, 300) : subject;
        } catch (MessagingException e) {
            return header("Subject").orElse("");
        }
    }

    /** The ticket number in "[Ticket 2026-000042]" of the subject. */
    Optional<String> ticketNumber() {
        Matcher matcher = NUMBER.matcher(subject());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Every address the mail was sent or delivered to. */
    List<String> recipients() {
        List<String> result = new ArrayList<>();
        for (String name : RECIPIENT_HEADERS) {
            for (String value : headers(name)) {
                try {
                    for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                        if (address.getAddress() != null) {
                            result.add(address.getAddress().strip().toLowerCase(Locale.ROOT));
                        }
                    }
                } catch (AddressException e) {
                    // an unreadable recipient list names no token
                }
            }
        }
        return result;
    }

    /**
     * Why this is an automatic mail that gets no reply in a thread (an out-of-office note, a bounce,
     * a list), or empty for a mail a person wrote.
     */
    Optional<String> automatic() {
        Optional<String> autoSubmitted =
                header("Auto-Submitted").map(v -> v.strip().toLowerCase(Locale.ROOT));
        if (autoSubmitted.isPresent() && !autoSubmitted.get().startsWith("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted.get());
        }
        Optional<String> precedence = header("Precedence").map(v -> v.strip().toLowerCase(Locale.ROOT));
        if (precedence.isPresent()
                && List.of("bulk", "junk", "list", "auto_reply").contains(precedence.get())) {
            return Optional.of("Precedence: " + precedence.get());
        }
        for (String name : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress-Reply")) {
            if (header(name).isPresent()) {
                return Optional.of(name);
            }
        }
        if (header("X-Foyer-Ticket").isPresent()) {
            return Optional.of("X-Foyer-Ticket");
        }
        if (header("Content-Type")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("multipart/report"))
                .orElse(false)) {
            return Optional.of("Content-Type: multipart/report");
        }
        return Optional.empty();
    }

    /** The text (HTML turned into text when there is no plain text) and the named files. */
    Content content() {
        if (message == null) {
            return new Content(null, List.of(), "the header block cannot be read");
        }
        try {
            Walk walk = new Walk();
            walk.part(message, 0);
            String text = walk.plain != null ? walk.plain : walk.html != null ? HtmlText.of(walk.html) : "";
            return new Content(text, List.copyOf(walk.files), null);
        } catch (MessagingException | IOException | RuntimeException e) {
            String because = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Content(null, List.of(), because.length() > 300 ? because.substring(0, 300) : because);
        }
    }

    private final class Walk {
        String plain;
        String html;
        final List<NewAttachment> files = new ArrayList<>();
        int parts;

        void part(Part part, int depth) throws MessagingException, IOException {
            if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
                throw new MessagingException("too many or too deeply nested parts");
            }
            String fileName = fileName(part);
            if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    files.add(new NewAttachment(fileName == null ? "attachment" : fileName, in.readAllBytes()));
                }
            } else if (part.isMimeType("multipart/*")) {
                Object content = part.getContent();
                if (!(content instanceof Multipart multipart)) {
                    throw new MessagingException("a multipart without parts");
                }
                for (int i = 0; i < multipart.getCount(); i++) {
                    part(multipart.getBodyPart(i), depth + 1);
                }
            } else if (part.isMimeType("text/plain")) {
                if (plain == null) {
                    plain = String.valueOf(part.getContent());
                }
            } else if (part.isMimeType("text/html")) {
                if (html == null) {
                    html = String.valueOf(part.getContent());
                }
            }
            // Other parts without a name (images embedded in an HTML signature) carry no text.
        }

        private String fileName(Part part) throws MessagingException {
            String name = part.getFileName();
            if (name == null) {
                return null;
            }
            try {
                return MimeUtility.decodeText(name);
            } catch (IOException e) {
                return name;
            }
        }
    }

    /** The raw bytes after the header block (all of them when the mail has no blank line). */
    private byte[] body() {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                return Arrays.copyOfRange(raw, i + 2, raw.length);
            }
            if (i + 3 < raw.length
                    && raw[i] == '\r'
                    && raw[i + 1] == '\n'
                    && raw[i + 2] == '\r'
                    && raw[i + 3] == '\n') {
                return Arrays.copyOfRange(raw, i + 4, raw.length);
            }
        }
        return raw;
    }

    private Optional<String> header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private List<String> headers(String name) {
        if (message == null) {
            return List.of();
        }
        try {
            String[] values = message.getHeader(name);
            return values == null ? List.of() : List.of(values);
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static Optional<String> firstAddress(String value) {
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(value, false);
            if (addresses.length > 0 && addresses[0].getAddress() != null) {
                return Optional.of(addresses[0].getAddress().strip().toLowerCase(Locale.ROOT));
            }
        } catch (AddressException e) {
            // falls through: no readable address
        }
        return Optional.empty();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
