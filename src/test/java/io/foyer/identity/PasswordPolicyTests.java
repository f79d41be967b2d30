package io.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.violation("Abc-12345", "a@b.test")).contains("password.tooShort");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(PasswordPolicy.violation("ÄÖÜäöüßÄÖÜ", "a@b.test")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsFromTheShippedListWhateverTheCase() {
        assertThat(PasswordPolicy.violation("qwertyuiop", "a@b.test")).contains("password.common");
        assertThat(PasswordPolicy.violation("Password123", "a@b.test")).contains("password.common");
        assertThat(PasswordPolicy.violation("1q2w3e4r5t", "a@b.test")).contains("password.common");
    }

    @Test
    void refusesTheEmailAddressAsPassword() {
        assertThat(PasswordPolicy.violation("someone@example.test", "someone@example.test"))
                .contains("password.isEmail");
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertThat(PasswordPolicy.violation("x".repeat(201), "a@b.test")).contains("password.tooLong");
    }

    @Test
    void acceptsLongUncommonPassphrases() {
        assertThat(PasswordPolicy.violation("correct horse battery staple", "a@b.test"))
                .isEmpty();
        assertThat(PasswordPolicy.violation("Foyer-Demo-2026", "demo@foyer.test"))
                .isEmpty();
    }
}
