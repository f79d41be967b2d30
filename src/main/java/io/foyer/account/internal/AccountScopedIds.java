package io.foyer.account.internal;

import io.foyer.account.AccountScopedId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which ids in this module's account-scoped paths belong to which account. */
@Configuration(proxyBeanMethods = false)
class AccountScopedIds {

    @Bean
    AccountScopedId contactIds(JdbcClient jdbc) {
        return new AccountScopedId(
                "contactId",
                (current, id) -> exists(
                        jdbc,
                        "select count(*) from account_contact where account_id = ? and id = ?",
                        current.accountId(),
                        id));
    }

    @Bean
    AccountScopedId memberIds(JdbcClient jdbc) {
        return new AccountScopedId(
                "userId",
                (current, id) -> exists(
                        jdbc,
                        "select count(*) from account_member where account_id = ? and user_id = ?",
                        current.accountId(),
                        id));
    }

    @Bean
    AccountScopedId invitationIds(JdbcClient jdbc) {
        return new AccountScopedId(
                "invitationId",
                (current, id) -> exists(
                        jdbc,
                        "select count(*) from account_invitation where account_id = ? and id = ?",
                        current.accountId(),
                        id));
    }

    /** Tokens are personal: a member sees only their own, even in a shared account. */
    @Bean
    AccountScopedId tokenIds(JdbcClient jdbc) {
        return new AccountScopedId(
                "tokenId",
                (current, id) -> exists(
                        jdbc,
                        "select count(*) from account_api_token where account_id = ? and user_id = ? and id = ?",
                        current.accountId(),
                        current.userId(),
                        id));
    }

    private static boolean exists(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single() > 0;
    }
}
