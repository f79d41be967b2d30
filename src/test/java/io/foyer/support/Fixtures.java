package io.foyer.support;

import io.foyer.account.AccountCreation;
import io.foyer.account.AccountSummary;
import io.foyer.account.Actor;
import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUsers;
import io.foyer.identity.Users;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Creates users, accounts and members directly, each with a unique address. */
public class Fixtures {

    public static final String PASSWORD = "Correct-Horse-Battery-9";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final Users users;
    private final AccountCreation accounts;
    private final DemoSupport support;
    private final StaffUsers staff;
    private final JdbcClient jdbc;

    Fixtures(Users users, AccountCreation accounts, DemoSupport support, StaffUsers staff, JdbcClient jdbc) {
        this.users = users;
        this.accounts = accounts;
        this.support = support;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    public record UserAndAccount(long userId, String email, AccountSummary account) {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "@example.test";
    }

    /** A confirmed user owning a fresh account. */
    public UserAndAccount owner(String prefix) {
        return owner(prefix, "en");
    }

    /** A confirmed user owning a fresh account, speaking the given language ("en" or "de"). */
    public UserAndAccount owner(String prefix, String language) {
        String email = uniqueEmail(prefix);
        long userId = users.registerConfirmed(email, PASSWORD, "Owner " + prefix, language);
        AccountSummary account = accounts.createFor(userId, "Owner " + prefix, email, language, Actor.system());
        return new UserAndAccount(userId, email, account);
    }

    /** A confirmed user who is a member of the account with exactly these permissions. */
    public UserAndAccount member(AccountSummary account, String prefix, Set<Permission> permissions) {
        String email = uniqueEmail(prefix);
        long userId = users.registerConfirmed(email, PASSWORD, "Member " + prefix, "en");
        support.addMember(account.id(), userId, permissions);
        return new UserAndAccount(userId, email, account);
    }

    public long contact(long accountId, String name) {
        return support.addContact(accountId, name, null, uniqueEmail("contact"));
    }

    public String staff(StaffRole role) {
        String email = uniqueEmail("staff-" + role.name().toLowerCase());
        staff.create(email, PASSWORD, "Staff " + role, role);
        return email;
    }

    public String unsubscribeToken(long accountId) {
        return jdbc.sql("select unsubscribe_token from account_account where id = ?")
                .param(accountId)
                .query(String.class)
                .single();
    }

    /** The newest logged mail to an address, as (subject, body). */
    public java.util.Optional<String[]> latestMailTo(String recipient) {
        return jdbc.sql(
                        "select subject, body from notification_mail where lower(recipient) = lower(?) order by id desc limit 1")
                .param(recipient)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    /** The first link in the newest mail to an address. */
    public String latestLinkTo(String recipient) {
        String body = latestMailTo(recipient).orElseThrow(() -> new AssertionError("no mail to " + recipient))[1];
        var matcher = java.util.regex.Pattern.compile("https?://\\S+").matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no link in mail to " + recipient + ":\n" + body);
        }
        return matcher.group();
    }
}
