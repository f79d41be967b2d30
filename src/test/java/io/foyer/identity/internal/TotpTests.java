package io.foyer.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** RFC 6238 Appendix B uses this 20-byte ASCII seed for its HMAC-SHA1 vectors. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheSha1TestVectorsOfRfc6238(long unixTime, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
        long step = Totp.step(Instant.ofEpochSecond(1111111109));
        assertThat(Totp.code(RFC_SEED, step, 6)).isEqualTo("081804");
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideButNoFurther() {
        byte[] key = Totp.newSecret();
        Instant now = Instant.parse("2026-11-22T10:00:10Z");
        long current = Totp.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            String code = Totp.code(key, current + offset, 6);
            assertThat(Totp.matchingSteps(key, code, now)).contains(current + offset);
        }
        for (long offset : new long[] {-2, 2}) {
            String code = Totp.code(key, current + offset, 6);
            assertThat(Totp.matchingSteps(key, code, now)).doesNotContain(current + offset);
        }
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        byte[] key = Totp.newSecret();
        Instant now = Instant.parse("2026-11-22T10:00:10Z");
        String code = Totp.code(key, Totp.step(now), 6);
        assertThat(Totp.matchingSteps(key, " " + code, now)).isEmpty();
        assertThat(Totp.matchingSteps(key, code.substring(1), now)).isEmpty();
        assertThat(Totp.matchingSteps(key, null, now)).isEmpty();
        assertThat(Totp.matchingSteps(key, "12345a", now)).isEmpty();
    }

    @Test
    void secretsHave160BitsAndSurviveBase32() {
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        String text = Base32.encode(secret);
        assertThat(text).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Base32.decode(text.toLowerCase())).isEqualTo(secret);
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThatThrownBy(() -> Base32.decode("AB1")).isInstanceOf(IllegalArgumentException.class);
    }
}
