package io.foyer.support.web;

import io.foyer.support.Attachment;
import io.foyer.support.NewAttachment;
import io.foyer.support.TicketRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Uploads to attachments and attachments to downloads, for the customer pages, the console and the API. */
public final class AttachmentDownloads {

    private AttachmentDownloads() {}

    /**
     * Always a download (never shown inline), with Foyer's own content type and no sniffing, so a
     * file can never run as a page of Foyer's origin.
     */
    public static ResponseEntity<byte[]> download(Attachment attachment) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(attachment.content());
    }

    /** The files of a form or API request; the empty part a browser sends when no file was chosen is left out. */
    public static List<NewAttachment> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> f != null
                        && !(f.isEmpty()
                                && (f.getOriginalFilename() == null
                                        || f.getOriginalFilename().isEmpty())))
                .map(f -> {
                    try {
                        return new NewAttachment(f.getOriginalFilename(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /** Whether a refusal belongs to the attachments field. */
    static boolean aboutFiles(TicketRefused refused) {
        return "attachments".equals(refused.field());
    }
}
