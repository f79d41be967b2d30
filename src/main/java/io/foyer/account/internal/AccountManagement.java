package io.foyer.account.internal;

import io.foyer.account.AccountCreation;
import io.foyer.account.AccountDetails;
import io.foyer.account.AccountSummary;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditEntry;
import io.foyer.account.BillingSetup;
import io.foyer.account.Contact;
import io.foyer.account.Member;
import io.foyer.account.Permission;
import io.foyer.identity.LoginNameResolver;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import io.foyer.shared.security.SecretTokens;
import io.foyer.shared.web.NotFoundException;
import io.foyer.tax.VatIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their contact data, settings and contacts. */
@Service
public class AccountManagement implements Accounts, AccountCreation, BillingSetup, LoginNameResolver {

    private final AccountRecords accounts;
    private final MemberRecords members;
    private final ContactRecords contacts;
    private final AuditTrail audit;
    private final Users users;
    private final Clock clock;

    AccountManagement(
            AccountRecords accounts,
            MemberRecords members,
            ContactRecords contacts,
            AuditTrail audit,
            Users users,
            Clock clock) {
        this.accounts = accounts;
        this.members = members;
        this.contacts = contacts;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AccountSummary createFor(long ownerUserId, String contactName, String email, String language, Actor actor) {
        var now = clock.instant();
        long id = accounts.insert(
                contactName.trim(),
                email.trim(),
                language,
                SecretTokens.newSecret("").substring(0, 43),
                now);
        members.insert(id, ownerUserId, true, Set.of(Permission.values()), true, now);
        audit.record(id, actor, "account.created", null);
        AccountDetails details = accounts.find(id).orElseThrow();
        return new AccountSummary(id, details.customerNumber(), details.displayName(), true);
    }

    @Override
    public Optional<String> emailFor(String loginName) {
        if (!loginName.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return accounts.findByCustomerNumber(Long.parseLong(loginName))
                .flatMap(account -> members.owner(account.id()))
                .flatMap(users::find)
                .map(UserProfile::email);
    }

    @Override
    public List<AccountSummary> accountsOf(long userId) {
        return accounts.ofUser(userId);
    }

    @Override
    public Optional<AccountDetails> details(long accountId) {
        return accounts.find(accountId);
    }

    @Override
    public Map<Long, AccountDetails> details(java.util.Collection<Long> accountIds) {
        return accounts.findAll(accountIds);
    }

    @Override
    public Optional<AccountDetails> byCustomerNumber(long customerNumber) {
        return accounts.findByCustomerNumber(customerNumber);
    }

    @Override
    public List<Member> members(long accountId) {
        List<MemberRecords.Row> rows = members.ofAccount(accountId);
        Map<Long, UserProfile> profiles = users
                .findAll(rows.stream().map(MemberRecords.Row::userId).toList())
                .stream()
                .collect(Collectors.toMap(UserProfile::id, Function.identity()));
        List<Member> result = new ArrayList<>();
        for (MemberRecords.Row row : rows) {
            UserProfile profile = profiles.get(row.userId());
            result.add(new Member(
                    row.accountId(),
                    row.userId(),
                    profile.email(),
                    profile.name(),
                    row.owner(),
                    row.owner() ? Set.of(Permission.values()) : row.permissions(),
                    row.supportEligible(),
                    row.since()));
        }
        return result;
    }

    /** One member of the account, looked up within that account only. */
    public Optional<Member> member(long accountId, long userId) {
        return members.find(accountId, userId).flatMap(row -> users.find(row.userId())
                .map(profile -> new Member(
                        row.accountId(),
                        row.userId(),
                        profile.email(),
                        profile.name(),
                        row.owner(),
                        row.owner() ? Set.of(Permission.values()) : row.permissions(),
                        row.supportEligible(),
                        row.since())));
    }

    @Override
    public List<Contact> contacts(long accountId) {
        return contacts.ofAccount(accountId);
    }

    public Optional<Contact> contact(long accountId, long contactId) {
        return contacts.find(accountId, contactId);
    }

    @Override
    public List<AccountSummary> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Long> userIds =
                users.search(text.trim(), 50).stream().map(UserProfile::id).toList();
        return accounts.search(text, userIds, limit);
    }

    @Override
    @Transactional
    public void transferOwnership(long accountId, long newOwnerUserId, Actor actor) {
        accounts.find(accountId).orElseThrow(NotFoundException::new);
        UserProfile newOwner = users.find(newOwnerUserId).orElseThrow(NotFoundException::new);
        Long oldOwner = members.owner(accountId).orElseThrow();
        if (oldOwner == newOwnerUserId) {
            return;
        }
        if (members.find(accountId, newOwnerUserId).isEmpty()) {
            members.insert(accountId, newOwnerUserId, false, Set.of(), false, clock.instant());
        }
        members.demoteOwner(accountId);
        members.promote(accountId, newOwnerUserId);
        String oldEmail = users.find(oldOwner).map(UserProfile::email).orElse(String.valueOf(oldOwner));
        audit.record(accountId, actor, "owner.transferred", oldEmail + " -> " + newOwner.email());
    }

    @Override
    public List<AuditEntry> auditLog(long accountId, int limit) {
        return audit.ofAccount(accountId, limit);
    }

    @Override
    public List<AuditEntry> latestAudit(int limit) {
        return audit.latest(limit);
    }

    @Transactional
    public void updateContact(long accountId, AccountContactData data, Actor actor) {
        VatIds.Check vatId = VatIds.check(data.vatId(), data.country());
        if (vatId != VatIds.Check.OK) {
            throw new InvalidField("vatId", vatId.messageKey(), VatIds.prefixOf(data.country()));
        }
        accounts.updateContact(accountId, data);
        audit.record(accountId, actor, "account.contact.updated", null);
    }

    @Override
    @Transactional
    public void completeAddress(long accountId, BillingSetup.BillingAddress address, Actor actor) {
        AccountDetails d = accounts.find(accountId).orElseThrow(NotFoundException::new);
        accounts.updateContact(
                accountId,
                new AccountContactData(
                        address.profileType(),
                        d.contactName(),
                        address.company(),
                        address.street(),
                        address.postalCode(),
                        address.city(),
                        address.country(),
                        address.vatId(),
                        d.email(),
                        d.phone()));
        audit.record(accountId, actor, "account.contact.updated", null);
    }

    @Override
    @Transactional
    public void chooseCurrency(long accountId, String currency, Actor actor) {
        if (!AccountSettingsData.CURRENCIES.contains(currency)) {
            throw new InvalidField("currency", "validation.currency");
        }
        AccountDetails d = accounts.find(accountId).orElseThrow(NotFoundException::new);
        AccountSettingsData s = AccountSettingsData.of(d);
        accounts.updateSettings(
                accountId,
                new AccountSettingsData(
                        s.language(),
                        currency,
                        s.autoRenew(),
                        s.invoiceEmail(),
                        s.technicalEmail(),
                        s.newsletterEmail(),
                        s.notifyInvoices(),
                        s.notifyTechnical(),
                        s.notifyNews(),
                        s.newsletterOptIn(),
                        s.invoiceContactId()));
        audit.record(accountId, actor, "account.settings.updated", "currency " + currency);
    }

    /** Saves the settings; the invoice recipient must be a contact of this account. */
    @Transactional
    public void updateSettings(long accountId, AccountSettingsData data, Actor actor) {
        if (data.invoiceContactId() != null
                && contacts.find(accountId, data.invoiceContactId()).isEmpty()) {
            throw new InvalidField("invoiceContactId", "validation.contactUnknown");
        }
        accounts.updateSettings(accountId, data);
        audit.record(accountId, actor, "account.settings.updated", null);
    }

    @Transactional
    public long addContact(long accountId, ContactData data, Actor actor) {
        long id = contacts.insert(accountId, data, clock.instant());
        audit.record(accountId, actor, "contact.created", data.name());
        return id;
    }

    @Transactional
    public void updateContact(long accountId, long contactId, ContactData data, Actor actor) {
        if (contacts.update(accountId, contactId, data) == 0) {
            throw new NotFoundException();
        }
        audit.record(accountId, actor, "contact.updated", data.name());
    }

    @Transactional
    public void deleteContact(long accountId, long contactId, Actor actor) {
        Contact contact = contacts.find(accountId, contactId).orElseThrow(NotFoundException::new);
        contacts.delete(accountId, contactId);
        audit.record(accountId, actor, "contact.deleted", contact.name());
    }

    /** One-click newsletter unsubscribe; true when the link was valid. */
    @Transactional
    public boolean unsubscribe(String token) {
        if (token == null || token.length() > 64) {
            return false;
        }
        return accounts.idByUnsubscribeToken(token)
                .map(id -> {
                    accounts.unsubscribe(id);
                    audit.record(id, Actor.system(), "newsletter.unsubscribed", null);
                    return true;
                })
                .orElse(false);
    }

    public Optional<String> unsubscribeToken(long accountId) {
        return accounts.unsubscribeTokenOf(accountId);
    }
}
