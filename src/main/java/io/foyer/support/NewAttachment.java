package io.foyer.support;

/** A file sent with a message, as uploaded: the name decides the type (see {@code foyer.support.attachments}). */
public record NewAttachment(String fileName, byte[] content) {}
