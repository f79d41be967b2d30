package io.foyer.billing.document;

import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The EPC QR code ("GiroCode", EPC069-12 version 002) that banking apps read to fill in a SEPA
 * credit transfer: beneficiary, IBAN, amount in euro and the remittance text.
 */
final class GiroCode {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
    private static final int MAX_NAME = 70;
    private static final int MAX_REMITTANCE = 140;

    private GiroCode() {}

    /**
     * The payload, or empty where no code belongs on the document: no bank account, a currency
     * other than EUR, nothing due, or an amount beyond what the standard allows.
     */
    static Optional<String> payload(BankAccount bank, String currency, BigDecimal amountDue, String reference) {
        if (bank == null || isBlank(bank.iban()) || isBlank(bank.holder()) || amountDue == null) {
            return Optional.empty();
        }
        if (!"EUR".equals(currency) || amountDue.signum() <= 0 || amountDue.compareTo(MAX_AMOUNT) > 0) {
            return Optional.empty();
        }
        String amount = amountDue.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String payload = String.join(
                "\n",
                "BCD",
                "002",
                "1", // UTF-8
                "SCT",
                bank.bic() == null ? "" : bank.bic().replace(" ", "").toUpperCase(Locale.ROOT),
                truncate(oneLine(bank.holder()), MAX_NAME),
                bank.iban().replace(" ", "").toUpperCase(Locale.ROOT),
                "EUR" + amount,
                "", // purpose code
                "", // structured creditor reference: the reference goes as free text below
                truncate(oneLine(reference == null ? "" : reference), MAX_REMITTANCE));
        return Optional.of(payload.stripTrailing());
    }

    /** The code as a black-on-white PNG with the quiet zone, error correction level M. */
    static byte[] png(String payload) {
        QrCode qr = QrCode.encodeText(payload, QrCode.Ecc.MEDIUM);
        int scale = 4;
        int border = 4;
        int size = (qr.size + 2 * border) * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(Color.BLACK);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    g.fillRect((x + border) * scale, (y + border) * scale, scale, scale);
                }
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ').strip();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
