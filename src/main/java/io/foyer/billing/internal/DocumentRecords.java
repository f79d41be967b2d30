package io.foyer.billing.internal;

import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.document.BankAccount;
import io.foyer.billing.document.Party;
import io.foyer.shared.db.BatchInsert;
import io.foyer.tax.TaxTreatment;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The document tables. Every read that comes from a request names the account. */
@Repository
public class DocumentRecords {

    private static final String SELECT =
            """
            select d.*,
                   coalesce((select sum(p.amount) from billing_payment p where p.document_id = d.id), 0) as paid_amount,
                   exists (select 1 from billing_document c where c.corrects_document_id = d.id) as corrected
            from billing_document d
            """;

    /** Which documents a list shows. */
    public enum Filter {
        UNPAID,
        PAID,
        ALL
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DocumentRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insert(Document d, List<Line> lines, List<TaxLine> taxes) {
        long id = newIds(1).get(0);
        insertAll(List.of(id), List.of(d), List.of(lines), List.of(taxes));
        return id;
    }

    /**
     * Stores documents under the given ids (from {@link #newIds}) with their lines and tax groups
     * (element i of each list belong together) in three batches.
     */
    void insertAll(List<Long> ids, List<Document> documents, List<List<Line>> lines, List<List<TaxLine>> taxes) {
        List<Object[]> documentRows = new ArrayList<>(documents.size());
        List<Object[]> lineRows = new ArrayList<>();
        List<Object[]> taxRows = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            long id = ids.get(i);
            documentRows.add(row(id, documents.get(i)));
            for (Line l : lines.get(i)) {
                lineRows.add(new Object[] {
                    id,
                    l.position(),
                    l.description(),
                    l.quantity(),
                    l.unitPrice(),
                    l.net(),
                    l.taxCategory(),
                    l.ratePercent(),
                    date(l.periodFrom()),
                    date(l.periodTo()),
                    l.serviceId()
                });
            }
            for (TaxLine t : taxes.get(i)) {
                taxRows.add(new Object[] {id, t.category(), t.ratePercent(), t.taxable(), t.tax()});
            }
        }
        BatchInsert.run(
                template,
                """
                insert into billing_document (id, account_id, kind, number, issue_date, due_date, currency, language,
                    customer_number, seller_name, seller_street, seller_postal_code, seller_city, seller_country,
                    seller_vat_id, seller_email, seller_phone, bank_holder, bank_iban, bank_bic, bank_name,
                    recipient_name, recipient_contact_name, recipient_street, recipient_postal_code, recipient_city,
                    recipient_country, recipient_vat_id, recipient_email, recipient_business, tax_treatment,
                    tax_rate_country, tax_rate, legal_note_key, total_net, total_tax, total_gross, payment_terms_days,
                    origin_kind, origin_reference, source_document_id, corrects_document_id, created_at, created_by,
                    paid_at)""",
                documentRows);
        BatchInsert.run(
                template,
                """
                insert into billing_document_line (document_id, position, description, quantity, unit_price, net,
                    tax_category, tax_rate, period_from, period_to, service_id)""",
                lineRows);
        BatchInsert.run(
                template,
                "insert into billing_document_tax (document_id, tax_category, tax_rate, taxable, tax)",
                taxRows);
    }

    private static Object[] row(long id, Document d) {
        Party s = d.seller();
        Party r = d.recipient();
        BankAccount b = d.bank();
        return new Object[] {
            id,
            d.accountId(),
            d.kind().name(),
            d.number(),
            Date.valueOf(d.issueDate()),
            Date.valueOf(d.dueDate()),
            d.currency(),
            d.language(),
            d.customerNumber(),
            s.name(),
            s.street(),
            s.postalCode(),
            s.city(),
            s.country(),
            s.vatId(),
            s.email(),
            s.phone(),
            b.holder(),
            b.iban(),
            b.bic(),
            b.bankName(),
            r.name(),
            r.contactName(),
            r.street(),
            r.postalCode(),
            r.city(),
            r.country(),
            r.vatId(),
            r.email(),
            d.recipientBusiness(),
            d.treatment().name(),
            d.rateCountry(),
            d.ratePercent(),
            d.legalNoteKey(),
            d.totalNet(),
            d.totalTax(),
            d.totalGross(),
            d.paymentTermsDays(),
            d.origin().kind().name(),
            d.origin().reference(),
            d.sourceDocumentId(),
            d.correctsDocumentId(),
            ts(d.createdAt()),
            null,
            ts(d.paidAt())
        };
    }

    public Optional<Document> find(long accountId, long id) {
        return jdbc.sql(SELECT + " where d.account_id = ? and d.id = ?")
                .params(accountId, id)
                .query(DocumentRecords::map)
                .optional();
    }

    List<Document> findAll(java.util.Collection<Long> ids, java.util.Collection<Long> accountIds) {
        return jdbc.sql(SELECT + " where d.id = any(?) and d.account_id = any(?) and d.deleted_at is null")
                .params(ids.toArray(Long[]::new), accountIds.stream().distinct().toArray(Long[]::new))
                .query(DocumentRecords::map)
                .list();
    }

    /** Locks the document row until the transaction ends, so that two payments of it queue up. */
    Optional<Document> lock(long accountId, long id) {
        return jdbc.sql("select id from billing_document where account_id = ? and id = ? for update")
                .params(accountId, id)
                .query(Long.class)
                .optional()
                .flatMap(found -> find(accountId, found));
    }

    /** The documents, locked until the transaction ends (in id order, so two lockers never deadlock). */
    List<Document> lockAll(java.util.Collection<Long> ids) {
        Long[] wanted = ids.toArray(Long[]::new);
        jdbc.sql("select id from billing_document where id = any(?) order by id for update")
                .param(wanted)
                .query(Long.class)
                .list();
        return jdbc.sql(SELECT + " where d.id = any(?) order by d.id")
                .param(wanted)
                .query(DocumentRecords::map)
                .list();
    }

    /**
     * The invoices of paid payment requests in one go: each request's copy under its invoice id and
     * number (the arrays are parallel), issued and due {@code today}, with the request's lines and
     * tax groups.
     */
    void copyAsInvoices(
            Long[] requestIds,
            Long[] invoiceIds,
            String[] numbers,
            LocalDate today,
            Instant createdAt,
            Instant paidAt) {
        // Driven by the mapping, each request found by its key: a plain join may scan all lines.
        String mapping = "unnest(?::bigint[], ?::bigint[], ?::text[]) as m (request_id, invoice_id, number)";
        jdbc.sql(
                        """
                insert into billing_document (id, account_id, kind, number, issue_date, due_date, currency, language,
                    customer_number, seller_name, seller_street, seller_postal_code, seller_city, seller_country,
                    seller_vat_id, seller_email, seller_phone, bank_holder, bank_iban, bank_bic, bank_name,
                    recipient_name, recipient_contact_name, recipient_street, recipient_postal_code, recipient_city,
                    recipient_country, recipient_vat_id, recipient_email, recipient_business, tax_treatment,
                    tax_rate_country, tax_rate, legal_note_key, total_net, total_tax, total_gross, payment_terms_days,
                    origin_kind, origin_reference, source_document_id, created_at, paid_at)
                select m.invoice_id, d.account_id, 'INVOICE', m.number, ?, ?, d.currency, d.language,
                    d.customer_number, d.seller_name, d.seller_street, d.seller_postal_code, d.seller_city,
                    d.seller_country, d.seller_vat_id, d.seller_email, d.seller_phone, d.bank_holder, d.bank_iban,
                    d.bank_bic, d.bank_name, d.recipient_name, d.recipient_contact_name, d.recipient_street,
                    d.recipient_postal_code, d.recipient_city, d.recipient_country, d.recipient_vat_id,
                    d.recipient_email, d.recipient_business, d.tax_treatment, d.tax_rate_country, d.tax_rate,
                    d.legal_note_key, d.total_net, d.total_tax, d.total_gross, d.payment_terms_days, d.origin_kind,
                    d.origin_reference, d.id, ?, ?
                from"""
                                + " "
                                + mapping
                                + " join lateral (select * from billing_document where id = m.request_id) d on true"
                                + " order by m.invoice_id")
                .params(
                        Date.valueOf(today),
                        Date.valueOf(today),
                        ts(createdAt),
                        ts(paidAt),
                        requestIds,
                        invoiceIds,
                        numbers)
                .update();
        jdbc.sql(
                        """
                insert into billing_document_line (document_id, position, description, quantity, unit_price, net,
                    tax_category, tax_rate, period_from, period_to, service_id)
                select m.invoice_id, l.position, l.description, l.quantity, l.unit_price, l.net, l.tax_category,
                    l.tax_rate, l.period_from, l.period_to, l.service_id
                from"""
                                + " "
                                + mapping
                                + " join lateral (select * from billing_document_line where document_id = m.request_id) l"
                                + " on true")
                .params(requestIds, invoiceIds, numbers)
                .update();
        jdbc.sql(
                        """
                insert into billing_document_tax (document_id, tax_category, tax_rate, taxable, tax)
                select m.invoice_id, t.tax_category, t.tax_rate, t.taxable, t.tax
                from"""
                                + " "
                                + mapping
                                + " join lateral (select * from billing_document_tax where document_id = m.request_id) t"
                                + " on true")
                .params(requestIds, invoiceIds, numbers)
                .update();
    }

    List<Long> newIds(int count) {
        return BatchInsert.ids(template, "billing_document", count);
    }

    public List<Document> list(long accountId, Filter filter, DocumentKind kind, int offset, int limit) {
        return jdbc.sql(SELECT + where(filter, kind) + " order by d.id desc offset ? limit ?")
                .params(params(accountId, kind, offset, limit))
                .query(DocumentRecords::map)
                .list();
    }

    public int count(long accountId, Filter filter, DocumentKind kind) {
        return jdbc.sql("select count(*) from (" + SELECT + where(filter, kind) + ") x")
                .params(params(accountId, kind))
                .query(Integer.class)
                .single();
    }

    /** Documents of all accounts, for staff: newest first, optionally of one kind or state. */
    public List<Document> all(Filter filter, DocumentKind kind, String number, int offset, int limit) {
        String where = where(filter, kind).replace("d.account_id = ?", "true")
                + (number == null || number.isBlank() ? "" : " and lower(d.number) like lower(?)");
        List<Object> params = new ArrayList<>();
        if (kind != null) {
            params.add(kind.name());
        }
        if (number != null && !number.isBlank()) {
            params.add("%"
                    + number.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        params.add(offset);
        params.add(limit);
        return jdbc.sql(SELECT + where + " order by d.id desc offset ? limit ?")
                .params(params)
                .query(DocumentRecords::map)
                .list();
    }

    public List<Document> byOrigin(long accountId, DocumentOrigin origin) {
        return jdbc.sql(SELECT
                        + " where d.account_id = ? and d.origin_kind = ? and d.origin_reference = ? and d.deleted_at is null"
                        + " order by d.id desc")
                .params(accountId, origin.kind().name(), origin.reference())
                .query(DocumentRecords::map)
                .list();
    }

    public List<Document> unpaid(long accountId) {
        return list(accountId, Filter.UNPAID, null, 0, 1000).stream()
                .sorted(java.util.Comparator.comparing(Document::dueDate).thenComparing(Document::id))
                .toList();
    }

    /** The invoice issued from a payment request, if any. */
    public Optional<Document> invoiceOf(long accountId, long paymentRequestId) {
        return jdbc.sql(SELECT + " where d.account_id = ? and d.source_document_id = ?")
                .params(accountId, paymentRequestId)
                .query(DocumentRecords::map)
                .optional();
    }

    /** The credit note correcting an invoice, if any. */
    public Optional<Document> creditNoteOf(long accountId, long invoiceId) {
        return jdbc.sql(SELECT + " where d.account_id = ? and d.corrects_document_id = ?")
                .params(accountId, invoiceId)
                .query(DocumentRecords::map)
                .optional();
    }

    public List<Line> lines(long documentId) {
        return jdbc.sql("select * from billing_document_line where document_id = ? order by position")
                .param(documentId)
                .query((rs, n) -> new Line(
                        rs.getInt("position"),
                        rs.getString("description"),
                        rs.getBigDecimal("quantity").stripTrailingZeros(),
                        rs.getBigDecimal("unit_price"),
                        rs.getBigDecimal("net"),
                        rs.getString("tax_category"),
                        rs.getBigDecimal("tax_rate").stripTrailingZeros(),
                        localDate(rs, "period_from"),
                        localDate(rs, "period_to"),
                        (Long) rs.getObject("service_id", Long.class)))
                .list();
    }

    public List<TaxLine> taxes(long documentId) {
        return jdbc.sql("select * from billing_document_tax where document_id = ? order by tax_rate desc")
                .param(documentId)
                .query((rs, n) -> new TaxLine(
                        rs.getString("tax_category"),
                        rs.getBigDecimal("tax_rate").stripTrailingZeros(),
                        rs.getBigDecimal("taxable"),
                        rs.getBigDecimal("tax")))
                .list();
    }

    void markPaid(long id, Instant at) {
        jdbc.sql("update billing_document set paid_at = ? where id = ? and paid_at is null")
                .params(ts(at), id)
                .update();
    }

    void markAllPaid(java.util.Collection<Long> ids, Instant at) {
        jdbc.sql("update billing_document set paid_at = ? where id = any(?) and paid_at is null")
                .params(ts(at), ids.toArray(Long[]::new))
                .update();
    }

    void markDeleted(long id, Instant at) {
        jdbc.sql("update billing_document set deleted_at = ? where id = ? and kind = 'PAYMENT_REQUEST'")
                .params(ts(at), id)
                .update();
    }

    private static String where(Filter filter, DocumentKind kind) {
        String state =
                switch (filter) {
                    case UNPAID -> " and d.kind <> 'CREDIT_NOTE' and d.paid_at is null and not exists "
                            + "(select 1 from billing_document c where c.corrects_document_id = d.id)";
                    case PAID -> " and d.paid_at is not null";
                    case ALL -> "";
                };
        return " where d.account_id = ? and d.deleted_at is null" + state + (kind == null ? "" : " and d.kind = ?");
    }

    private static List<Object> params(long accountId, DocumentKind kind, Object... more) {
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        if (kind != null) {
            params.add(kind.name());
        }
        params.addAll(List.of(more));
        return params;
    }

    static Document map(ResultSet rs, int n) throws SQLException {
        return new Document(
                rs.getLong("id"),
                rs.getLong("account_id"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("number"),
                localDate(rs, "issue_date"),
                localDate(rs, "due_date"),
                rs.getString("currency"),
                rs.getString("language"),
                rs.getLong("customer_number"),
                new Party(
                        rs.getString("seller_name"),
                        null,
                        rs.getString("seller_street"),
                        rs.getString("seller_postal_code"),
                        rs.getString("seller_city"),
                        rs.getString("seller_country"),
                        rs.getString("seller_vat_id"),
                        rs.getString("seller_email"),
                        rs.getString("seller_phone")),
                new BankAccount(
                        rs.getString("bank_holder"),
                        rs.getString("bank_iban"),
                        rs.getString("bank_bic"),
                        rs.getString("bank_name")),
                new Party(
                        rs.getString("recipient_name"),
                        rs.getString("recipient_contact_name"),
                        rs.getString("recipient_street"),
                        rs.getString("recipient_postal_code"),
                        rs.getString("recipient_city"),
                        rs.getString("recipient_country"),
                        rs.getString("recipient_vat_id"),
                        rs.getString("recipient_email"),
                        null),
                rs.getBoolean("recipient_business"),
                TaxTreatment.valueOf(rs.getString("tax_treatment")),
                rs.getString("tax_rate_country"),
                rs.getBigDecimal("tax_rate").stripTrailingZeros(),
                rs.getString("legal_note_key"),
                rs.getBigDecimal("total_net"),
                rs.getBigDecimal("total_tax"),
                rs.getBigDecimal("total_gross"),
                rs.getInt("payment_terms_days"),
                new DocumentOrigin(
                        DocumentOrigin.Kind.valueOf(rs.getString("origin_kind")), rs.getLong("origin_reference")),
                rs.getObject("source_document_id", Long.class),
                rs.getObject("corrects_document_id", Long.class),
                instant(rs, "created_at"),
                instant(rs, "paid_at"),
                instant(rs, "deleted_at"),
                rs.getBigDecimal("paid_amount"),
                rs.getBoolean("corrected"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
