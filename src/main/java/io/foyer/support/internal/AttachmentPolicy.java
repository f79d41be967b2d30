package io.foyer.support.internal;

import io.foyer.support.AttachmentRules;
import io.foyer.support.NewAttachment;
import io.foyer.support.TicketRefused;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Which files a message may carry: at most {@code foyer.support.attachments.max-files} files of at most
 * {@code max-size} each, with an extension from {@code allowed-types}. The stored content type comes
 * from the extension through a fixed table, so nothing is ever served as HTML or script.
 */
@Component
class AttachmentPolicy {

    /** Extensions Foyer knows a harmless content type for; allowed-types can only pick from these. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("log", "text/plain;charset=UTF-8"),
            Map.entry("csv", "text/csv;charset=UTF-8"),
            Map.entry("zip", "application/zip"));

    private final long maxBytes;
    private final int maxFiles;
    private final Set<String> allowed;

    AttachmentPolicy(
            @Value("${foyer.support.attachments.max-size:5MB}") DataSize maxSize,
            @Value("${foyer.support.attachments.max-files:5}") int maxFiles,
            @Value("${foyer.support.attachments.allowed-types:png,jpg,jpeg,gif,pdf,txt,log,csv,zip}")
                    List<String> allowedTypes) {
        this.maxBytes = maxSize.toBytes();
        this.maxFiles = maxFiles;
        this.allowed = allowedTypes.stream()
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(TYPES::containsKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    AttachmentRules rules() {
        return new AttachmentRules(maxBytes, maxFiles, allowed.stream().sorted().toList());
    }

    /** Checks all files before anything is written; answers the content type of each, in order. */
    List<String> check(List<NewAttachment> attachments) {
        if (attachments.size() > maxFiles) {
            throw new TicketRefused("attachments", "support.error.tooManyFiles");
        }
        return attachments.stream().map(this::typeOf).toList();
    }

    private String typeOf(NewAttachment attachment) {
        if (attachment.content() == null || attachment.content().length == 0) {
            throw new TicketRefused("attachments", "support.error.emptyFile");
        }
        if (attachment.content().length > maxBytes) {
            throw new TicketRefused("attachments", "support.error.fileTooLarge");
        }
        return extension(attachment.fileName())
                .filter(allowed::contains)
                .map(TYPES::get)
                .orElseThrow(() -> new TicketRefused("attachments", "support.error.fileType"));
    }

    /** The file name to store: no path, no control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "attachment" : name;
    }

    private static Optional<String> extension(String fileName) {
        String name = safeName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
