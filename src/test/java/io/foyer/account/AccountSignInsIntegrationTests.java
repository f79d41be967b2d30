package io.foyer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.StaffRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "The last IPs that logged into the account": members who signed in and opened it. */
@IntegrationTest
class AccountSignInsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountSignIns signIns;

    private long rows(long accountId) {
        return jdbc.sql("select count(*) from account_sign_in where account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    @Test
    void openingTheAccountIsRecordedOncePerSessionAndShownInTheSettings() {
        var owner = fixtures.owner("signins");
        var member = fixtures.member(owner.account(), "signins-member", Set.of(Permission.BILLING));
        long accountId = owner.account().id();
        WebClient memberWeb = new WebClient(port);
        memberWeb.login(member.email(), Fixtures.PASSWORD);
        assertThat(rows(accountId)).isZero();

        // The chooser leads a member of a single account straight into it.
        assertThat(memberWeb.get("/accounts").redirect()).endsWith("/accounts/" + accountId);
        assertThat(memberWeb.get("/accounts/" + accountId).status()).isEqualTo(200);
        assertThat(memberWeb.get("/accounts/" + accountId).status()).isEqualTo(200);
        assertThat(memberWeb.get("/accounts/" + accountId + "/tokens").status()).isEqualTo(200);
        assertThat(rows(accountId)).isEqualTo(1);
        // Only members: a foreign account's 404 records nothing.
        var foreign = fixtures.owner("signins-foreign");
        assertThat(memberWeb.get("/accounts/" + foreign.account().id()).status())
                .isEqualTo(404);
        assertThat(rows(foreign.account().id())).isZero();

        WebClient ownerWeb = new WebClient(port);
        ownerWeb.login(owner.email(), Fixtures.PASSWORD);
        String settings = ownerWeb.get("/accounts/" + accountId + "/settings").body();
        assertThat(rows(accountId)).isEqualTo(2);
        assertThat(settings)
                .contains("Last sign-ins into this account")
                .contains("127.0.0.1")
                .contains("Owner signins");
        // One line per address, with its latest user.
        assertThat(settings.split("<td>127.0.0.1</td>", -1)).hasSize(2);

        WebClient staff = new WebClient(port);
        staff.postForm("/console/login", "email", fixtures.staff(StaffRole.SUPPORT), "password", Fixtures.PASSWORD);
        assertThat(staff.get("/console/accounts/" + owner.account().customerNumber())
                        .body())
                .contains("Last sign-ins into this account")
                .contains(owner.email());
    }

    @Test
    void theLatestDistinctAddressesComeNewestFirst() {
        var owner = fixtures.owner("signins-order");
        var member = fixtures.member(owner.account(), "signins-order-m", Set.of());
        long accountId = owner.account().id();
        insert(accountId, owner.userId(), "192.0.2.1", "2026-11-01T10:00:00Z");
        insert(accountId, member.userId(), "192.0.2.2", "2026-11-02T10:00:00Z");
        insert(accountId, member.userId(), "192.0.2.1", "2026-11-03T10:00:00Z");
        insert(accountId, owner.userId(), "2001:db8::1", "2026-10-01T10:00:00Z");

        var latest = signIns.latest(accountId, 2);
        assertThat(latest).extracting(AccountSignIn::ip).containsExactly("192.0.2.1", "192.0.2.2");
        assertThat(latest.get(0).userEmail()).isEqualTo(member.email());
        assertThat(latest.get(0).at()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
        assertThat(signIns.latest(accountId, 10)).hasSize(3);
    }

    private void insert(long accountId, long userId, String ip, String at) {
        jdbc.sql("insert into account_sign_in (account_id, user_id, ip, at) values (?, ?, ?, ?)")
                .params(accountId, userId, ip, Timestamp.from(Instant.parse(at)))
                .update();
    }
}
