package io.foyer.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GiroCodeTests {

    private static final BankAccount BANK =
            new BankAccount("Foyer Hosting GmbH", "de89 3704 0044 0532 0130 00", "COBA DEFF XXX", "Commerzbank");

    @Test
    void payloadFollowsEpc069() {
        assertThat(GiroCode.payload(BANK, "EUR", new BigDecimal("1234.5"), "RE-2026-000042"))
                .contains("BCD\n002\n1\nSCT\nCOBADEFFXXX\nFoyer Hosting GmbH\nDE89370400440532013000\n"
                        + "EUR1234.50\n\n\nRE-2026-000042");
    }

    @Test
    void smallestAmountAndNoBic() {
        BankAccount noBic = new BankAccount("Foyer Hosting GmbH", "DE89370400440532013000", null, null);

        assertThat(GiroCode.payload(noBic, "EUR", new BigDecimal("0.01"), null))
                .contains("BCD\n002\n1\nSCT\n\nFoyer Hosting GmbH\nDE89370400440532013000\nEUR0.01");
    }

    @Test
    void longNameAndReferenceAreCutToTheirLimits() {
        BankAccount longName = new BankAccount("N".repeat(80), "DE89370400440532013000", null, null);

        String payload = GiroCode.payload(longName, "EUR", BigDecimal.TEN, "R\n" + "x".repeat(200))
                .orElseThrow();

        String[] lines = payload.split("\n", -1);
        assertThat(lines[5]).hasSize(70);
        assertThat(lines[10]).hasSize(140).startsWith("R x");
        assertThat(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(331);
    }

    @Test
    void noCodeWithoutSomethingToPayInEuro() {
        assertThat(GiroCode.payload(BANK, "USD", BigDecimal.TEN, "R")).isEmpty();
        assertThat(GiroCode.payload(BANK, "EUR", BigDecimal.ZERO, "R")).isEmpty();
        assertThat(GiroCode.payload(BANK, "EUR", new BigDecimal("-1"), "R")).isEmpty();
        assertThat(GiroCode.payload(BANK, "EUR", new BigDecimal("1000000000"), "R"))
                .isEmpty();
        assertThat(GiroCode.payload(null, "EUR", BigDecimal.TEN, "R")).isEmpty();
    }

    @Test
    void pngIsAQrCodeImage() {
        byte[] png =
                GiroCode.png(GiroCode.payload(BANK, "EUR", BigDecimal.TEN, "R").orElseThrow());

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(QrCode.encodeText("x", QrCode.Ecc.MEDIUM)).isNotNull();
    }
}
