package io.foyer.account.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.AccountSummary;
import io.foyer.shared.db.SqlLike;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account table: contact, billing address and settings. */
@Repository
class AccountRecords {

    private final JdbcClient jdbc;

    AccountRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String contactName, String email, String language, String unsubscribeToken, Instant now) {
        return jdbc.sql(
                        """
                insert into account_account (customer_number, contact_name, email, language, unsubscribe_token, created_at)
                values (nextval('account_customer_number_seq'), ?, ?, ?, ?, ?) returning id""")
                .params(contactName, email, language, unsubscribeToken, Rows.ts(now))
                .query(Long.class)
                .single();
    }

    Optional<AccountDetails> find(long id) {
        return jdbc.sql("select * from account_account where id = ?")
                .param(id)
                .query(AccountRecords::map)
                .optional();
    }

    java.util.Map<Long, AccountDetails> findAll(java.util.Collection<Long> ids) {
        java.util.Map<Long, AccountDetails> found = new java.util.HashMap<>();
        jdbc.sql("select * from account_account where id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query(AccountRecords::map)
                .list()
                .forEach(a -> found.put(a.id(), a));
        return found;
    }

    Optional<AccountDetails> findByCustomerNumber(long customerNumber) {
        return jdbc.sql("select * from account_account where customer_number = ?")
                .param(customerNumber)
                .query(AccountRecords::map)
                .optional();
    }

    Optional<Long> idByUnsubscribeToken(String token) {
        return jdbc.sql("select id from account_account where unsubscribe_token = ?")
                .param(token)
                .query(Long.class)
                .optional();
    }

    List<AccountSummary> ofUser(long userId) {
        return jdbc.sql(
                        """
                select a.id, a.customer_number, coalesce(nullif(a.company, ''), a.contact_name) as display_name, m.owner
                from account_member m join account_account a on a.id = m.account_id
                where m.user_id = ? order by m.owner desc, a.customer_number""")
                .param(userId)
                .query((rs, n) -> new AccountSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** Accounts matching by customer number, contact name, company or email, or having one of the given members. */
    List<AccountSummary> search(String text, List<Long> memberUserIds, int limit) {
        String trimmed = text.trim();
        Long number = trimmed.matches("\\d{1,18}") ? Long.valueOf(trimmed) : null;
        String like = SqlLike.containing(trimmed);
        return jdbc.sql(
                        """
                select a.id, a.customer_number, coalesce(nullif(a.company, ''), a.contact_name) as display_name, false
                from account_account a
                where a.customer_number = ? or lower(a.contact_name) like ? or lower(coalesce(a.company, '')) like ?
                   or lower(a.email) like ?
                   or a.id in (select account_id from account_member where user_id = any(?))
                order by a.customer_number limit ?""")
                .params(number, like, like, like, memberUserIds.toArray(Long[]::new), limit)
                .query((rs, n) -> new AccountSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), false))
                .list();
    }

    int updateContact(long id, AccountContactData data) {
        return jdbc.sql(
                        """
                update account_account set profile_type = ?, contact_name = ?, company = ?, street = ?, postal_code = ?, city = ?,
                       country = ?, vat_id = ?, email = ?, phone = ? where id = ?""")
                .params(
                        data.profileType(),
                        data.contactName().trim(),
                        Rows.blankToNull(data.company()),
                        Rows.blankToNull(data.street()),
                        Rows.blankToNull(data.postalCode()),
                        Rows.blankToNull(data.city()),
                        Rows.blankToNull(data.country()),
                        Rows.blankToNull(data.normalisedVatId()),
                        data.email().trim(),
                        Rows.blankToNull(data.phone()),
                        id)
                .update();
    }

    int updateSettings(long id, AccountSettingsData data) {
        return jdbc.sql(
                        """
                update account_account set language = ?, currency = ?, auto_renew = ?, invoice_email = ?, technical_email = ?,
                       newsletter_email = ?, notify_invoices = ?, notify_technical = ?, notify_news = ?, newsletter_opt_in = ?,
                       invoice_contact_id = ?
                where id = ?""")
                .params(
                        data.language(),
                        data.currency(),
                        data.autoRenew(),
                        Rows.blankToNull(data.invoiceEmail()),
                        Rows.blankToNull(data.technicalEmail()),
                        Rows.blankToNull(data.newsletterEmail()),
                        data.notifyInvoices(),
                        data.notifyTechnical(),
                        data.notifyNews(),
                        data.newsletterOptIn(),
                        data.invoiceContactId(),
                        id)
                .update();
    }

    Optional<String> unsubscribeTokenOf(long id) {
        return jdbc.sql("select unsubscribe_token from account_account where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    int unsubscribe(long id) {
        return jdbc.sql("update account_account set newsletter_opt_in = false where id = ?")
                .param(id)
                .update();
    }

    static AccountDetails map(ResultSet rs, int row) throws SQLException {
        Long invoiceContact = rs.getObject("invoice_contact_id", Long.class);
        return new AccountDetails(
                rs.getLong("id"),
                rs.getLong("customer_number"),
                rs.getString("profile_type"),
                rs.getString("contact_name"),
                rs.getString("company"),
                rs.getString("street"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("vat_id"),
                rs.getString("email"),
                rs.getString("phone"),
                invoiceContact,
                rs.getString("language"),
                rs.getString("currency"),
                rs.getBoolean("auto_renew"),
                rs.getString("invoice_email"),
                rs.getString("technical_email"),
                rs.getString("newsletter_email"),
                rs.getBoolean("notify_invoices"),
                rs.getBoolean("notify_technical"),
                rs.getBoolean("notify_news"),
                rs.getBoolean("newsletter_opt_in"),
                Rows.instant(rs, "created_at"));
    }
}
