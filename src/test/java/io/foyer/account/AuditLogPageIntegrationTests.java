package io.foyer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.identity.UserSecurityEvent;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private WebClient loggedIn(String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }

    @Test
    void theOwnerSeesWhoChangedWhatInTheirAccountInTheirLanguage() {
        var owner = fixtures.owner("auditpage");
        long accountId = owner.account().id();
        WebClient web = loggedIn(owner.email());
        web.postForm("/accounts/" + accountId + "/contacts/new", "name", "<b>Billing</b>", "country", "DE");

        String page = web.get("/accounts/" + accountId + "/audit").body();
        assertThat(page)
                .contains("Contact added")
                .contains("&lt;b&gt;Billing&lt;/b&gt;")
                .contains(owner.email());
        assertThat(page).contains("href=\"/accounts/" + accountId + "/audit\"");

        var other = fixtures.owner("auditpage-other");
        assertThat(loggedIn(other.email())
                        .get("/accounts/" + accountId + "/audit")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void membersWhoManageUsersSeeItOthersDoNotEvenGetTheLink() {
        var owner = fixtures.owner("auditmembers");
        long accountId = owner.account().id();
        var admin = fixtures.member(owner.account(), "auditadmin", EnumSet.of(Permission.USERS));
        var billing = fixtures.member(owner.account(), "auditbilling", EnumSet.of(Permission.BILLING));

        assertThat(loggedIn(admin.email())
                        .get("/accounts/" + accountId + "/audit")
                        .status())
                .isEqualTo(200);
        WebClient billingWeb = loggedIn(billing.email());
        assertThat(billingWeb.get("/accounts/" + accountId + "/audit").status()).isEqualTo(403);
        assertThat(billingWeb.get("/accounts/" + accountId).body()).doesNotContain("/audit\"");
    }

    @Test
    void userSecurityEventsAreWrittenWithTheirChangeAndNeverWithoutIt() {
        var owner = fixtures.owner("auditevent");
        transactions.executeWithoutResult(tx -> events.publishEvent(
                UserSecurityEvent.byUser(owner.userId(), owner.email(), "user.password-changed", null, "192.0.2.10")));
        try {
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(UserSecurityEvent.byUser(
                        owner.userId(), owner.email(), "user.2fa-enabled", null, "192.0.2.10"));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back together with its audit entry
        }
        assertThat(jdbc.sql("select action from account_audit where user_id = ? order by id")
                        .param(owner.userId())
                        .query(String.class)
                        .list())
                .containsExactly("user.password-changed");
        assertThat(jdbc.sql("select ip from account_audit where user_id = ?")
                        .param(owner.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("192.0.2.10");
        assertThatThrownBy(() -> jdbc.sql("delete from account_audit where user_id = ?")
                        .param(owner.userId())
                        .update())
                .hasMessageContaining("append-only");
    }
}
