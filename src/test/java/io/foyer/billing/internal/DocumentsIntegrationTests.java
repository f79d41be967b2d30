package io.foyer.billing.internal;

import static io.foyer.billing.internal.BillingFixtures.SYSTEM;
import static io.foyer.billing.internal.BillingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.DraftLine;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.tax.TaxTreatment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DocumentsIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSupport support;

    @Autowired
    Issuing issuing;

    @Autowired
    Payments payments;

    @Autowired
    DocumentRecords records;

    @Autowired
    DocumentActions actions;

    @Autowired
    Billing billing;

    @Autowired
    JdbcClient jdbc;

    private long account(String prefix) {
        return BillingFixtures.germanCustomer(fixtures, support, prefix)
                .account()
                .id();
    }

    private Document paidInvoice(long accountId) {
        Document request = BillingFixtures.request(issuing, accountId);
        return payments.recordBankPayment(accountId, request.id(), request.gross(), TODAY, null, SYSTEM)
                .invoice();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnIssuedInvoice() {
        long accountId = account("immutable");
        Document invoice = paidInvoice(accountId);

        assertThatThrownBy(() -> jdbc.sql("update billing_document set total_gross = 1 where id = ?")
                        .param(invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("update billing_document set number = 'X' where id = ?")
                        .param(invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update billing_document set recipient_name = 'X' where id = ?")
                        .param(invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update billing_document set paid_at = null where id = ?")
                        .param(invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from billing_document where id = ?")
                        .param(invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update billing_document_line set unit_price = 0 where document_id = ?")
                        .param(invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from billing_document_line where document_id = ?")
                        .param(invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update billing_document_tax set tax = 0 where document_id = ?")
                        .param(invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from billing_payment where document_id = ?")
                        .param(invoice.sourceDocumentId())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(records.find(accountId, invoice.id()).orElseThrow()).isEqualTo(invoice);
    }

    /** The trigger lists the columns it guards: a column added later and not listed is caught here. */
    @Test
    void everyColumnButTheStateIsGuardedOnInvoicesAndPaymentRequests() {
        long accountId = account("every-column");
        Document invoice = paidInvoice(accountId);
        Document request = BillingFixtures.request(issuing, accountId);
        List<Column> columns = jdbc.sql(
                        """
                        select column_name as name, data_type as type from information_schema.columns
                        where table_name = 'billing_document' and column_name not in ('paid_at', 'deleted_at')
                        order by ordinal_position""")
                .query(Column.class)
                .list();
        assertThat(columns).hasSizeGreaterThan(40);
        for (Document document : List.of(invoice, request)) {
            for (Column column : columns) {
                assertThatThrownBy(() -> jdbc.sql("update billing_document set " + column.name() + " = "
                                        + column.changed() + " where id = ?")
                                .param(document.id())
                                .update())
                        .as("%s of a %s", column.name(), document.kind())
                        .isInstanceOf(DataAccessException.class)
                        .hasMessageContaining("immutable");
            }
        }
        jdbc.sql("update billing_document set deleted_at = ? where id = ?")
                .param(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-22T10:00:00Z")))
                .param(request.id())
                .update();
        assertThat(records.find(accountId, invoice.id()).orElseThrow()).isEqualTo(invoice);
    }

    /** The references checked per statement refuse what a foreign key would refuse, in the same words. */
    @Test
    void rowsReferencingAMissingDocumentOrAccountAreRefusedLikeAForeignKeyRefusesThem() {
        long accountId = account("references");
        Document invoice = paidInvoice(accountId);
        List<String> inserts = List.of(
                "insert into billing_document_line (document_id, position, description, quantity, unit_price, net,"
                        + " tax_category, tax_rate) values (-1, 1, 'x', 1, 1, 1, 'S', 19)",
                "insert into billing_document_tax (document_id, tax_category, tax_rate, taxable, tax)"
                        + " values (-1, 'S', 19, 1, 0.19)",
                "insert into billing_payment (account_id, document_id, method, amount, currency, paid_on, recorded_at)"
                        + " values (" + accountId + ", -1, 'BALANCE', 1, 'EUR', current_date, now())",
                "insert into billing_ledger_entry (account_id, kind, amount, currency, document_id, created_at)"
                        + " values (" + accountId + ", 'VOUCHER', 1, 'EUR', -1, now())",
                "insert into account_audit (account_id, actor_kind, action, at) values (-1, 'SYSTEM', 'x', now())",
                // an invoice whose payment request does not exist: a copy of a real one pointing elsewhere
                "insert into billing_document select (r).* from (select jsonb_populate_record(d, jsonb_build_object("
                        + "'id', -2, 'number', 'REF-CHECK', 'source_document_id', -1)) as r"
                        + " from billing_document d where d.id = " + invoice.id() + ") x");
        for (String insert : inserts) {
            assertThat(catchThrowable(() -> jdbc.sql(insert).update()))
                    .as(insert)
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                    .hasMessageContaining("is not present");
        }
        assertThatThrownBy(() -> jdbc.sql("delete from account_account where id = ?")
                        .param(accountId)
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("is still referenced");
        assertThat(jdbc.sql("select count(*) from billing_document_line where document_id = -1")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(records.find(accountId, invoice.id()).orElseThrow()).isEqualTo(invoice);
    }

    /** A column of billing_document and an expression that gives it another value of its type. */
    record Column(String name, String type) {
        String changed() {
            return switch (type) {
                case "bigint", "integer", "numeric" -> "coalesce(" + name + ", 0) + 1";
                case "date" -> "coalesce(" + name + ", date '2000-01-01') + 1";
                case "timestamp with time zone" -> "coalesce(" + name + ", now()) + interval '1 day'";
                case "boolean" -> "not coalesce(" + name + ", false)";
                default -> "case when " + name + " is distinct from 'a' then 'a' else 'b' end";
            };
        }
    }

    @Test
    void theLedgerIsAppendOnly() {
        long accountId = account("ledger-append");
        actions.credit(accountId, Ledger.Kind.MANUAL_CREDIT, Money.of("3.00", "EUR"), null, SYSTEM);
        assertThatThrownBy(() -> jdbc.sql("update billing_ledger_entry set amount = 300 where account_id = ?")
                        .param(accountId)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from billing_ledger_entry where account_id = ?")
                        .param(accountId)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(billing.balance(accountId).plain()).isEqualTo("3.00");
    }

    @Test
    void documentsKeepSellerAndRecipientAsAtIssue() {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "as-issued");
        long accountId = owner.account().id();
        Document request = BillingFixtures.request(issuing, accountId);
        support.completeAddress(accountId, "PRIVATE", null, "Neue Straße 9", "80331", "München", "DE", null);

        Document again = records.find(accountId, request.id()).orElseThrow();
        assertThat(again.recipient().street()).isEqualTo("Hauptstraße 5");
        assertThat(again.recipient().city()).isEqualTo("Berlin");
        assertThat(again.seller().name()).isNotBlank();
        assertThat(again.bank().iban()).isNotBlank();
        assertThat(again.customerNumber()).isEqualTo(owner.account().customerNumber());
    }

    @Test
    void domesticCustomersPayTheSellersVat() {
        long accountId = account("vat-domestic");
        Document request = BillingFixtures.request(issuing, accountId);
        assertThat(request.treatment()).isEqualTo(TaxTreatment.DOMESTIC);
        assertThat(request.ratePercent()).isEqualByComparingTo("19");
        assertThat(request.totalTax()).isEqualByComparingTo("3.80");
        assertThat(records.taxes(request.id())).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("S");
            assertThat(t.taxable()).isEqualByComparingTo("20.00");
            assertThat(t.tax()).isEqualByComparingTo("3.80");
        });
    }

    @Test
    void anEuBusinessWithVatIdGetsReverseChargeWithItsNote() {
        var owner = fixtures.owner("vat-rc");
        long accountId = owner.account().id();
        support.completeAddress(
                accountId, "BUSINESS", "Acme SARL", "1 Rue de Rivoli", "75001", "Paris", "FR", "FR40303265045");
        Document request = BillingFixtures.request(issuing, accountId);
        assertThat(request.treatment()).isEqualTo(TaxTreatment.REVERSE_CHARGE);
        assertThat(request.totalTax()).isEqualByComparingTo("0");
        assertThat(request.totalGross()).isEqualByComparingTo("20.00");
        assertThat(request.legalNoteKey()).isNotBlank();
        assertThat(request.recipient().vatId()).isEqualTo("FR40303265045");
        assertThat(records.lines(request.id())).allMatch(l -> l.taxCategory().equals("AE"));
    }

    @Test
    void badLinesAreRefusedAndNothingIsWritten() {
        long accountId = account("bad-lines");
        int before = records.count(accountId, DocumentRecords.Filter.ALL, null);
        List<List<DraftLine>> bad = List.of(
                List.of(line("Hosting", "1", "9.999")),
                List.of(line("Hosting", "0", "9.99")),
                List.of(line("Hosting", "-2", "9.99")),
                List.of(line(" ", "1", "9.99")),
                List.of(new DraftLine("Hosting", BigDecimal.ONE, Money.of("9.99", "USD"), null, null, null)),
                List.of());
        for (List<DraftLine> lines : bad) {
            assertThatThrownBy(() -> billing.requestPayment(accountId, BillingFixtures.order(), lines, SYSTEM))
                    .isInstanceOf(BillingProblem.class);
        }
        assertThat(records.count(accountId, DocumentRecords.Filter.ALL, null)).isEqualTo(before);
    }

    @Test
    void anAccountWithoutBillingAddressGetsAClearError() {
        long accountId = fixtures.owner("no-address").account().id();
        assertThatThrownBy(() -> BillingFixtures.request(issuing, accountId))
                .isInstanceOfSatisfying(BillingProblem.class, p -> assertThat(p.messageKey())
                        .isEqualTo("billing.error.addressIncomplete"));
    }

    @Test
    void anUnpaidRequestIsReplacedUnderANewNumberAndItsOwnIsNeverReused() {
        long accountId = account("replace");
        Document old = BillingFixtures.request(issuing, accountId);

        Document replacement = actions.replace(accountId, old.id(), SYSTEM);

        assertThat(replacement.number()).isNotEqualTo(old.number());
        assertThat(replacement.origin()).isEqualTo(old.origin());
        assertThat(replacement.totalGross()).isEqualByComparingTo(old.totalGross());
        assertThat(records.find(accountId, old.id()).orElseThrow().status()).isEqualTo(Document.Status.DELETED);
        assertThat(billing.unpaid(accountId)).extracting(DocumentRef::id).containsExactly(replacement.id());
        assertThat(billing.documentsFor(accountId, old.origin()))
                .extracting(DocumentRef::id)
                .containsExactly(replacement.id());
        assertThatThrownBy(() ->
                        payments.recordBankPayment(accountId, old.id(), Money.of("23.80", "EUR"), TODAY, null, SYSTEM))
                .isInstanceOf(BillingProblem.class);
        assertThatThrownBy(
                        () -> actions.delete(accountId, paidInvoice(accountId).id(), SYSTEM))
                .isInstanceOf(BillingProblem.class);
    }

    @Test
    void aCreditNoteCancelsAnInvoiceAndARefundCreditsTheBalance() {
        long accountId = account("credit");
        Document invoice = paidInvoice(accountId);

        Document note = actions.refundToBalance(accountId, invoice.id(), SYSTEM);

        assertThat(note.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
        assertThat(note.number()).startsWith("GS-");
        assertThat(note.correctsDocumentId()).isEqualTo(invoice.id());
        assertThat(note.totalGross()).isEqualByComparingTo(invoice.totalGross());
        assertThat(records.lines(note.id())).hasSameSizeAs(records.lines(invoice.id()));
        assertThat(billing.balance(accountId).plain()).isEqualTo("23.80");
        assertThatThrownBy(() -> issuing.creditNote(accountId, invoice.id(), SYSTEM))
                .isInstanceOfSatisfying(BillingProblem.class, p -> assertThat(p.messageKey())
                        .isEqualTo("billing.error.alreadyCancelled"));
    }

    @Test
    void aManualInvoiceIsDueAndCancellingItTakesItOffTheUnpaidList() {
        long accountId = account("manual");
        Document invoice = actions.manualInvoice(accountId, List.of(line("Setup work", "1.5", "80.00")), SYSTEM);
        assertThat(invoice.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(invoice.totalNet()).isEqualByComparingTo("120.00");
        assertThat(billing.unpaid(accountId)).extracting(DocumentRef::id).containsExactly(invoice.id());

        issuing.creditNote(accountId, invoice.id(), SYSTEM);

        assertThat(billing.unpaid(accountId)).isEmpty();
        assertThat(records.find(accountId, invoice.id()).orElseThrow().status()).isEqualTo(Document.Status.CANCELLED);
    }

    @Test
    void otherAccountsDocumentsAreInvisible() {
        long mine = account("mine");
        long theirs = account("theirs");
        Document request = BillingFixtures.request(issuing, theirs);
        assertThat(records.find(mine, request.id())).isEmpty();
        assertThatThrownBy(() ->
                        payments.recordBankPayment(mine, request.id(), Money.of("23.80", "EUR"), TODAY, null, SYSTEM))
                .isInstanceOf(io.foyer.shared.web.NotFoundException.class);
    }
}
