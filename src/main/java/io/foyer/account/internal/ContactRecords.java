package io.foyer.account.internal;

import io.foyer.account.Contact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts of an account. Every query names the account: another account's contact is not found. */
@Repository
class ContactRecords {

    private final JdbcClient jdbc;

    ContactRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, ContactData data, Instant now) {
        return jdbc.sql(
                        """
                insert into account_contact (account_id, name, company, street, postal_code, city, country, email, phone, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        accountId,
                        data.name().trim(),
                        Rows.blankToNull(data.company()),
                        Rows.blankToNull(data.street()),
                        Rows.blankToNull(data.postalCode()),
                        Rows.blankToNull(data.city()),
                        Rows.blankToNull(data.country()),
                        Rows.blankToNull(data.email()),
                        Rows.blankToNull(data.phone()),
                        Rows.ts(now))
                .query(Long.class)
                .single();
    }

    int update(long accountId, long id, ContactData data) {
        return jdbc.sql(
                        """
                update account_contact set name = ?, company = ?, street = ?, postal_code = ?, city = ?, country = ?, email = ?, phone = ?
                where account_id = ? and id = ?""")
                .params(
                        data.name().trim(),
                        Rows.blankToNull(data.company()),
                        Rows.blankToNull(data.street()),
                        Rows.blankToNull(data.postalCode()),
                        Rows.blankToNull(data.city()),
                        Rows.blankToNull(data.country()),
                        Rows.blankToNull(data.email()),
                        Rows.blankToNull(data.phone()),
                        accountId,
                        id)
                .update();
    }

    int delete(long accountId, long id) {
        return jdbc.sql("delete from account_contact where account_id = ? and id = ?")
                .params(accountId, id)
                .update();
    }

    Optional<Contact> find(long accountId, long id) {
        return jdbc.sql("select * from account_contact where account_id = ? and id = ?")
                .params(accountId, id)
                .query(ContactRecords::map)
                .optional();
    }

    List<Contact> ofAccount(long accountId) {
        return jdbc.sql("select * from account_contact where account_id = ? order by name, id")
                .param(accountId)
                .query(ContactRecords::map)
                .list();
    }

    static Contact map(ResultSet rs, int n) throws SQLException {
        return new Contact(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                rs.getString("company"),
                rs.getString("street"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("email"),
                rs.getString("phone"));
    }
}
