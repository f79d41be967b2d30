package io.foyer.support.internal;

import io.foyer.account.AccountScopedId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which ticket ids belong to which account, for the access check. */
@Configuration(proxyBeanMethods = false)
class SupportScopedIds {

    @Bean
    AccountScopedId ticketIds(TicketRecords tickets) {
        return new AccountScopedId("ticketId", (current, id) -> tickets.exists(current.accountId(), id));
    }

    @Bean
    AccountScopedId attachmentIds(TicketRecords tickets) {
        return new AccountScopedId("attachmentId", (current, id) -> tickets.attachmentExists(current.accountId(), id));
    }
}
