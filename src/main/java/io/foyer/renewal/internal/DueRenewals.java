package io.foyer.renewal.internal;

import io.foyer.renewal.Renewals;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class DueRenewals implements Renewals {

    private final Services services;
    private final RenewalSettings settings;
    private final Clock clock;

    DueRenewals(Services services, RenewalSettings settings, Clock clock) {
        this.services = services;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<ServiceDetails> due(long accountId) {
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(settings.current().leadDays());
        return services.ofAccount(accountId).stream()
                .filter(s -> s.status().running() && !s.cancelAtPeriodEnd())
                .filter(s -> s.periodEnd() != null && !s.periodEnd().isAfter(until))
                .sorted(Comparator.comparing(ServiceDetails::periodEnd).thenComparing(ServiceDetails::id))
                .toList();
    }
}
