package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the one row of seller settings. */
@Component
public class BillingSettings {

    /** Logos larger than this are refused: they end up in every PDF. */
    public static final int MAX_LOGO_BYTES = 256 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    BillingSettings(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    public SellerSettings current() {
        return jdbc.sql(
                        """
                select company_name, street, postal_code, city, country, vat_id, email, phone, bank_holder, iban, bic,
                       bank_name, logo_png is not null, oss_registered, invoice_at_once, format_payment_request,
                       format_invoice, format_credit_note, payment_terms_days, link_validity_days
                from billing_settings where id = 1""")
                .query((rs, n) -> new SellerSettings(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getBoolean(13),
                        rs.getBoolean(14),
                        rs.getBoolean(15),
                        rs.getString(16),
                        rs.getString(17),
                        rs.getString(18),
                        rs.getInt(19),
                        rs.getInt(20)))
                .single();
    }

    public Optional<byte[]> logo() {
        return jdbc.sql("select logo_png from billing_settings where id = 1 and logo_png is not null")
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Saves checked settings (see {@link SettingsForm}); the logo stays as it is. */
    @Transactional
    public void save(SellerSettings s, Actor actor) {
        jdbc.sql(
                        """
                update billing_settings set company_name = ?, street = ?, postal_code = ?, city = ?, country = ?,
                       vat_id = ?, email = ?, phone = ?, bank_holder = ?, iban = ?, bic = ?, bank_name = ?,
                       oss_registered = ?, invoice_at_once = ?, format_payment_request = ?, format_invoice = ?,
                       format_credit_note = ?, payment_terms_days = ?, link_validity_days = ?, updated_at = ?
                where id = 1""")
                .params(
                        s.companyName(),
                        s.street(),
                        s.postalCode(),
                        s.city(),
                        s.country(),
                        s.vatId(),
                        s.email(),
                        s.phone(),
                        s.bankHolder(),
                        Iban.normalize(s.iban()),
                        s.bic(),
                        s.bankName(),
                        s.ossRegistered(),
                        s.invoiceAtOnce(),
                        s.paymentRequestFormat(),
                        s.invoiceFormat(),
                        s.creditNoteFormat(),
                        s.paymentTermsDays(),
                        s.linkValidityDays(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(null, actor, "billing.settings.changed", s.companyName());
    }

    /**
     * Replaces the logo with a PNG, or removes it with null.
     *
     * @throws BillingProblem when it is not a PNG or too large
     */
    @Transactional
    public void changeLogo(byte[] png, Actor actor) {
        if (png != null) {
            if (png.length > MAX_LOGO_BYTES) {
                throw new BillingProblem("logo", "billing.settings.logo.tooLarge", MAX_LOGO_BYTES / 1024);
            }
            if (png.length < PNG_SIGNATURE.length
                    || !java.util.Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
                throw new BillingProblem("logo", "billing.settings.logo.notPng");
            }
        }
        jdbc.sql("update billing_settings set logo_png = ?, updated_at = ? where id = 1")
                .params(png, Timestamp.from(clock.instant()))
                .update();
        audit.record(null, actor, png == null ? "billing.settings.logoRemoved" : "billing.settings.logoChanged", null);
    }
}
