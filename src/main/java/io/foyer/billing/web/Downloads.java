package io.foyer.billing.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files sent to the browser, named after the document number. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return file(name + ".pdf", MediaType.APPLICATION_PDF, content);
    }

    static ResponseEntity<byte[]> xml(String name, byte[] content) {
        return file(name + ".xml", MediaType.APPLICATION_XML, content);
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(safe).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }
}
