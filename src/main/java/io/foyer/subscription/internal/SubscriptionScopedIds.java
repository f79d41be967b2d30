package io.foyer.subscription.internal;

import io.foyer.account.AccountScopedId;
import io.foyer.subscription.ServiceAdministration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Which service ids belong to which account, for the access check. */
@Configuration(proxyBeanMethods = false)
class SubscriptionScopedIds {

    @Bean
    AccountScopedId serviceIds(ServiceRecords services) {
        return new AccountScopedId("serviceId", (current, id) -> services.exists(current.accountId(), id));
    }

    /** Ends the services whose cancellation at the period end has come, every ten minutes. */
    @Component
    static class PeriodEnds {

        private final ServiceAdministration services;

        PeriodEnds(ServiceAdministration services) {
            this.services = services;
        }

        @Scheduled(cron = "${foyer.services.period-end-cron:0 */10 * * * *}")
        void run() {
            services.endCancelledPeriods();
        }
    }
}
