package io.foyer.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Length over complexity (NIST SP 800-63B): at least 10 characters, at most 200, and not one of
 * the most common passwords from the list shipped with Foyer, nor the user's own email address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.isEmail");
        }
        return Optional.empty();
    }

    public static void check(String password, String email) {
        violation(password, email).ifPresent(key -> {
            throw new PasswordRejected(key);
        });
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
