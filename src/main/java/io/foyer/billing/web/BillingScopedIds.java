package io.foyer.billing.web;

import io.foyer.account.AccountScopedId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which ids in billing's account-scoped paths belong to which account. */
@Configuration(proxyBeanMethods = false)
class BillingScopedIds {

    @Bean
    AccountScopedId billingDocumentIds(JdbcClient jdbc) {
        return new AccountScopedId(
                "documentId",
                (current, id) -> jdbc.sql(
                                        "select count(*) from billing_document where account_id = ? and id = ? and deleted_at is null")
                                .params(current.accountId(), id)
                                .query(Integer.class)
                                .single()
                        > 0);
    }
}
