package io.foyer.billing;

import io.foyer.shared.Money;
import io.foyer.tax.TaxDecision;
import java.util.List;

/** What a set of draft lines would cost the account today: per line and in total. */
public record PricedDraft(List<PricedLine> lines, Money net, Money vat, Money gross, TaxDecision tax) {}
