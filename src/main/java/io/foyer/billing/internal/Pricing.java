package io.foyer.billing.internal;

import io.foyer.billing.DraftLine;
import io.foyer.billing.PricedDraft;
import io.foyer.billing.PricedLine;
import io.foyer.shared.Money;
import io.foyer.tax.TaxDecision;
import io.foyer.tax.TaxTreatment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks draft lines and prices them: net per line (quantity × unit price, rounded half-up), VAT
 * per category and rate (taxable sum × rate, rounded half-up — EN 16931 BR-CO-17), totals.
 */
public final class Pricing {

    static final int MAX_LINES = 200;

    private Pricing() {}

    /** Lines, tax groups and totals of one document. */
    public record Priced(List<Line> lines, List<TaxLine> taxes, Money net, Money tax, Money gross) {}

    /**
     * @throws BillingProblem for no lines, a blank description, a quantity that is not positive, a
     *     negative price, a price in another currency or with more decimals than the currency has
     */
    public static Priced price(List<DraftLine> drafts, String currency, TaxDecision decision) {
        check(drafts, currency);
        String category = category(decision);
        List<Line> lines = new ArrayList<>();
        Map<BigDecimal, BigDecimal> taxable = new LinkedHashMap<>();
        Money net = Money.zero(currency);
        int position = 1;
        for (DraftLine d : drafts) {
            Money lineNet = d.unitPrice().times(d.quantity()).rounded();
            lines.add(new Line(
                    position++,
                    d.description().strip(),
                    d.quantity(),
                    d.unitPrice().amount(),
                    lineNet.amount(),
                    category,
                    decision.ratePercent(),
                    d.periodFrom(),
                    d.periodTo(),
                    d.serviceId()));
            taxable.merge(decision.ratePercent(), lineNet.amount(), BigDecimal::add);
            net = net.plus(lineNet);
        }
        List<TaxLine> taxes = new ArrayList<>();
        Money tax = Money.zero(currency);
        for (var group : taxable.entrySet()) {
            Money groupTax = Money.of(group.getValue(), currency).percent(group.getKey());
            taxes.add(new TaxLine(category, group.getKey(), group.getValue(), groupTax.amount()));
            tax = tax.plus(groupTax);
        }
        return new Priced(lines, taxes, net, tax, net.plus(tax));
    }

    /** The same, as other modules show it before ordering (VAT per line for display only). */
    public static PricedDraft draft(List<DraftLine> drafts, String currency, TaxDecision decision) {
        Priced priced = price(drafts, currency, decision);
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Money lineNet = Money.of(priced.lines().get(i).net(), currency);
            Money lineVat = lineNet.percent(decision.ratePercent());
            lines.add(new PricedLine(drafts.get(i), lineNet, decision.ratePercent(), lineVat, lineNet.plus(lineVat)));
        }
        return new PricedDraft(lines, priced.net(), priced.tax(), priced.gross(), decision);
    }

    /** UNTDID 5305: S standard rate, AE reverse charge, O not subject to VAT here. */
    static String category(TaxDecision decision) {
        if (decision.treatment() == TaxTreatment.REVERSE_CHARGE) {
            return "AE";
        }
        if (decision.treatment() == TaxTreatment.OUTSIDE_EU) {
            return "O";
        }
        return decision.ratePercent().signum() > 0 ? "S" : "Z";
    }

    static void check(List<DraftLine> drafts, String currency) {
        if (drafts == null || drafts.isEmpty()) {
            throw new BillingProblem("lines", "billing.error.noLines");
        }
        if (drafts.size() > MAX_LINES) {
            throw new BillingProblem("lines", "billing.error.tooManyLines", MAX_LINES);
        }
        for (int i = 0; i < drafts.size(); i++) {
            DraftLine d = drafts.get(i);
            String at = "lines[" + i + "].";
            if (d == null || d.description() == null || d.description().isBlank()) {
                throw new BillingProblem(at + "description", "billing.error.description");
            }
            if (d.description().strip().length() > 500) {
                throw new BillingProblem(at + "description", "billing.error.descriptionTooLong");
            }
            if (d.quantity() == null || d.quantity().signum() <= 0) {
                throw new BillingProblem(at + "quantity", "billing.error.quantity");
            }
            if (d.quantity().stripTrailingZeros().scale() > 4
                    || d.quantity().compareTo(new BigDecimal("1000000")) > 0) {
                throw new BillingProblem(at + "quantity", "billing.error.quantityPrecision");
            }
            if (d.unitPrice() == null) {
                throw new BillingProblem(at + "unitPrice", "billing.error.amount");
            }
            if (!d.unitPrice().currency().equals(currency)) {
                throw new BillingProblem(at + "unitPrice", "billing.error.currencyMismatch", currency);
            }
            if (d.unitPrice().isNegative()) {
                throw new BillingProblem(at + "unitPrice", "billing.error.negative");
            }
            if (!Money.fitsMinorUnit(d.unitPrice().amount(), currency)) {
                throw new BillingProblem(at + "unitPrice", "billing.error.decimals", Money.minorDigits(currency));
            }
            if (d.unitPrice().amount().abs().compareTo(new BigDecimal("1000000000")) >= 0) {
                throw new BillingProblem(at + "unitPrice", "billing.error.tooLarge");
            }
            if (d.periodFrom() != null && d.periodTo() != null && d.periodTo().isBefore(d.periodFrom())) {
                throw new BillingProblem(at + "periodTo", "billing.error.period");
            }
        }
    }
}
