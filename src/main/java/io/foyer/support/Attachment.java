package io.foyer.support;

/** A stored attachment; {@code content} is null in thread listings and filled for a download. */
public record Attachment(long id, long messageId, String fileName, String contentType, int size, byte[] content) {}
