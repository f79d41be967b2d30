package io.foyer.demo;

import io.foyer.account.AccountCreation;
import io.foyer.account.Actor;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUsers;
import io.foyer.identity.Users;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a staff admin, a customer owning two accounts, an accountant with billing permission only
 * and a catalog, once per data directory, with orders, a paid invoice, a reverse-charge invoice and
 * an open renewal request, and prints the logins at every start.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Foyer-Demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Users users;
    private final StaffUsers staff;
    private final AccountCreation accounts;
    private final DemoSupport support;
    private final TransactionTemplate tx;
    private final DemoCatalog catalog;
    private final DemoBilling billing;

    DemoData(
            Users users,
            StaffUsers staff,
            AccountCreation accounts,
            DemoSupport support,
            TransactionTemplate tx,
            DemoCatalog catalog,
            DemoBilling billing) {
        this.users = users;
        this.staff = staff;
        this.accounts = accounts;
        this.support = support;
        this.tx = tx;
        this.catalog = catalog;
        this.billing = billing;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The catalog first: the demo accounts order from it.
        tx.executeWithoutResult(status -> catalog.seedIfEmpty());
        if (users.findByEmail("demo@foyer.test").isEmpty()) {
            tx.executeWithoutResult(status -> seed());
        }
        var demoAccounts = users.findByEmail("demo@foyer.test")
                .map(u -> support.customerNumbersOf(u.id()))
                .orElse(java.util.List.of());
        log.info(
                """

                ==================== Foyer demo ====================
                Customer panel: http://localhost:{}/login
                  demo@foyer.test        / {}   (owner of customer numbers {})
                  accountant@foyer.test  / {}   (billing permission only)
                Staff console:  http://localhost:{}/console
                  admin@foyer.test       / {}
                ====================================================""",
                support.port(),
                PASSWORD,
                demoAccounts,
                PASSWORD,
                support.port(),
                PASSWORD);
    }

    private void seed() {
        staff.create("admin@foyer.test", PASSWORD, "Ada Admin", StaffRole.ADMIN);
        long demo = users.registerConfirmed("demo@foyer.test", PASSWORD, "Dana Demo", "en");
        var first = accounts.createFor(demo, "Dana Demo", "demo@foyer.test", "en", Actor.system());
        support.completeAddress(first.id(), "PRIVATE", null, "Hauptstraße 1", "10115", "Berlin", "DE", null);
        var second = accounts.createFor(demo, "Demo Agency GmbH", "billing@demo-agency.test", "en", Actor.system());
        support.completeAddress(
                second.id(),
                "BUSINESS",
                "Demo Agency GmbH",
                "Mariahilfer Straße 10",
                "1070",
                "Wien",
                "AT",
                "ATU12345678");
        long accountant = users.registerConfirmed("accountant@foyer.test", PASSWORD, "Alex Accountant", "en");
        support.addMember(first.id(), accountant, Set.of(Permission.BILLING));
        support.addContact(second.id(), "Client Contact", "Client AG", "clients@example.test");
        billing.seed(first.id(), second.id());
    }
}
