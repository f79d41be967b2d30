package io.foyer.tax;

import java.math.BigDecimal;

/**
 * The outcome for one sale.
 *
 * @param treatment which rule applied
 * @param rateCountry the country whose rate applies (null when no VAT is charged)
 * @param ratePercent the rate in percent, e.g. 19 or 25.5; zero when no VAT is charged
 * @param legalNoteKey message key (bundle {@code i18n/tax}) of the note the document must carry,
 *     or null
 */
public record TaxDecision(TaxTreatment treatment, String rateCountry, BigDecimal ratePercent, String legalNoteKey) {

    public boolean chargesVat() {
        return ratePercent.signum() > 0;
    }
}
