package io.foyer.support.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The support mailbox replies by email are read from ({@code foyer.support.mail-in.*}); off while
 * {@code host} is empty.
 *
 * @param ssl IMAPS, TLS from the first byte (port 993)
 * @param starttls without {@code ssl}: upgrade the connection with STARTTLS and refuse a server that cannot
 * @param folder the folder new mails arrive in
 * @param archiveFolder where read mails are moved to; empty: they are deleted from the mailbox once
 *     Foyer has stored what it needs of them
 * @param maxSize larger mails are held unread and left in the mailbox
 * @param replyAddress the mailbox's address; staff replies are answered to its plus form
 *     ({@code support+<token>@example.com}), which the mail server must deliver to this mailbox
 */
@ConfigurationProperties("foyer.support.mail-in")
record MailInSettings(
        String host,
        @DefaultValue("993") int port,
        String username,
        String password,
        @DefaultValue("true") boolean ssl,
        @DefaultValue("true") boolean starttls,
        @DefaultValue("INBOX") String folder,
        String archiveFolder,
        @DefaultValue("PT1M") Duration pollInterval,
        @DefaultValue("10MB") DataSize maxSize,
        String replyAddress) {

    boolean enabled() {
        return host != null && !host.isBlank();
    }

    Optional<String> archive() {
        return archiveFolder == null || archiveFolder.isBlank() ? Optional.empty() : Optional.of(archiveFolder.strip());
    }

    /** The reply address of a ticket, or empty without a (valid) {@code reply-address}. */
    Optional<String> replyAddressFor(String token) {
        return replyParts().map(p -> p[0] + "+" + token + "@" + p[1]);
    }

    /** The token of a recipient address in the plus form of the reply address, if it is one. */
    Optional<String> tokenOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        return replyParts().flatMap(p -> {
            String prefix = p[0].toLowerCase(Locale.ROOT) + "+";
            String suffix = "@" + p[1].toLowerCase(Locale.ROOT);
            if (a.startsWith(prefix) && a.endsWith(suffix) && a.length() > prefix.length() + suffix.length()) {
                return Optional.of(a.substring(prefix.length(), a.length() - suffix.length()));
            }
            return Optional.empty();
        });
    }

    /** Whether an address is the reply address itself or one of its plus forms. */
    boolean isReplyAddress(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        return replyParts()
                .map(p -> a.equals((p[0] + "@" + p[1]).toLowerCase(Locale.ROOT))
                        || tokenOf(a).isPresent())
                .orElse(false);
    }

    private Optional<String[]> replyParts() {
        if (replyAddress == null) {
            return Optional.empty();
        }
        String address = replyAddress.strip();
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1 || address.indexOf('+') >= 0 || address.contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(new String[] {address.substring(0, at), address.substring(at + 1)});
    }
}
