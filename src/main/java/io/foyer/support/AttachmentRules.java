package io.foyer.support;

import java.util.List;

/** What a message may carry, for forms to tell the user. */
public record AttachmentRules(long maxBytes, int maxFiles, List<String> types) {

    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    public String typeList() {
        return String.join(", ", types);
    }
}
