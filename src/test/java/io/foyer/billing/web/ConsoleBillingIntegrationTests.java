package io.foyer.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.DemoSupport;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.internal.BillingFixtures;
import io.foyer.billing.internal.BillingSettings;
import io.foyer.billing.internal.Document;
import io.foyer.billing.internal.DocumentRecords;
import io.foyer.billing.internal.Issuing;
import io.foyer.billing.internal.Payouts;
import io.foyer.identity.StaffRole;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ConsoleBillingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSupport support;

    @Autowired
    Issuing issuing;

    @Autowired
    DocumentRecords records;

    @Autowired
    Billing billing;

    @Autowired
    Payouts payouts;

    @Autowired
    BillingSettings settings;

    private WebClient staff(StaffRole role) {
        WebClient web = new WebClient(port);
        var login = web.postForm("/console/login", "email", fixtures.staff(role), "password", Fixtures.PASSWORD);
        assertThat(login.redirect()).endsWith("/console");
        return web;
    }

    @Test
    void billingStaffRecordABankPaymentWhichIssuesTheInvoiceAndSendsTheRestToTheBalance() {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "console-pay");
        long accountId = owner.account().id();
        Document request = BillingFixtures.request(issuing, accountId);
        WebClient web = staff(StaffRole.BILLING);

        var bad = web.postForm(
                "/console/billing/documents/" + request.id() + "/payments",
                "amount",
                "23.801",
                "paidOn",
                "2026-11-22",
                "reference",
                request.number());
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("The currency has 2 decimals");
        assertThat(records.find(accountId, request.id()).orElseThrow().paid().isZero())
                .isTrue();

        var notADate = web.postForm(
                "/console/billing/documents/" + request.id() + "/payments",
                "amount",
                "30",
                "paidOn",
                "yesterday",
                "reference",
                "");
        assertThat(notADate.body()).contains("Please enter a date");

        var ok = web.postForm(
                "/console/billing/documents/" + request.id() + "/payments",
                "amount",
                "30,00",
                "paidOn",
                "2026-11-22",
                "reference",
                request.number());
        assertThat(ok.redirect()).endsWith("/console/billing/documents/" + request.id());
        var page = web.get(ok.redirect()).body();
        assertThat(page).contains("The payment has been recorded.").contains("6.20 EUR more than due");
        assertThat(billing.balance(accountId).plain()).isEqualTo("6.20");
        assertThat(records.invoiceOf(accountId, request.id())).isPresent();

        var again = web.postForm(
                "/console/billing/documents/" + request.id() + "/payments",
                "amount",
                "30",
                "paidOn",
                "2026-11-22",
                "reference",
                "");
        assertThat(again.status()).isEqualTo(200);

        var list = web.get("/console/billing/documents?kind=INVOICE&number="
                + records.invoiceOf(accountId, request.id()).orElseThrow().number());
        assertThat(list.body())
                .contains(
                        records.invoiceOf(accountId, request.id()).orElseThrow().number());
    }

    @Test
    void staffIssueAManualInvoiceCancelItAndCreditTheBalance() {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "console-manual");
        long accountId = owner.account().id();
        long customer = owner.account().customerNumber();
        WebClient web = staff(StaffRole.ADMIN);

        var view = web.get("/console/billing/accounts/" + customer);
        assertThat(view.status()).isEqualTo(200);

        var bad = web.postForm(
                "/console/billing/accounts/" + customer + "/invoices",
                "description",
                "Consulting",
                "quantity",
                "0",
                "unitPrice",
                "90",
                "description",
                "",
                "quantity",
                "",
                "unitPrice",
                "");
        assertThat(bad.body()).contains("The quantity must be greater than zero.");
        assertThat(billing.unpaid(accountId)).isEmpty();

        var issued = web.postForm(
                "/console/billing/accounts/" + customer + "/invoices",
                "description",
                "",
                "quantity",
                "",
                "unitPrice",
                "",
                "description",
                "Consulting",
                "quantity",
                "1.5",
                "unitPrice",
                "90");
        assertThat(issued.redirect()).contains("/console/billing/documents/");
        var invoice = billing.unpaid(accountId).get(0);
        assertThat(invoice.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(invoice.gross().plain()).isEqualTo("160.65");

        var cancelled = web.postForm("/console/billing/documents/" + invoice.id() + "/cancel");
        assertThat(web.get(cancelled.redirect()).body()).contains("Credit note GS-");
        assertThat(billing.unpaid(accountId)).isEmpty();

        var credited = web.postForm(
                "/console/billing/accounts/" + customer + "/credits",
                "kind",
                "VOUCHER",
                "amount",
                "15",
                "note",
                "Sorry");
        assertThat(credited.redirect()).endsWith("/console/billing/accounts/" + customer);
        assertThat(billing.balance(accountId).plain()).isEqualTo("15.00");
        assertThat(web.postForm(
                                "/console/billing/accounts/" + customer + "/credits",
                                "kind",
                                "VOUCHER",
                                "amount",
                                "-1",
                                "note",
                                "")
                        .body())
                .contains("The amount must be greater than zero.");
    }

    @Test
    void staffApproveAndRefusePayouts() {
        var owner = BillingFixtures.germanCustomer(fixtures, support, "console-payout");
        long accountId = owner.account().id();
        WebClient web = staff(StaffRole.BILLING);
        web.postForm(
                "/console/billing/accounts/" + owner.account().customerNumber() + "/credits",
                "kind",
                "MANUAL_CREDIT",
                "amount",
                "40",
                "note",
                "");
        long first = payouts.request(accountId, Money.of("10", "EUR"), null, BillingFixtures.SYSTEM);
        long second = payouts.request(accountId, Money.of("5", "EUR"), null, BillingFixtures.SYSTEM);

        assertThat(web.get("/console/billing/payouts").body())
                .contains("10.00 EUR")
                .contains("5.00 EUR");
        var approved = web.postForm("/console/billing/payouts/" + first + "/approve");
        assertThat(web.get(approved.redirect()).body()).contains("The payout has been approved");
        var noReason = web.postForm("/console/billing/payouts/" + second + "/refuse", "reason", "");
        assertThat(web.get(noReason.redirect()).body()).contains("Please give a reason.");
        web.postForm("/console/billing/payouts/" + second + "/refuse", "reason", "Use it for renewals");

        assertThat(billing.balance(accountId).plain()).isEqualTo("30.00");
        assertThat(payouts.find(second).orElseThrow().status()).isEqualTo(Payouts.Status.REFUSED);
    }

    @Test
    void onlyAdminsChangeTheSettingsAndBadValuesAreNamed() {
        WebClient billingStaff = staff(StaffRole.BILLING);
        assertThat(billingStaff.get("/console/billing/settings").status()).isEqualTo(403);
        WebClient support = staff(StaffRole.SUPPORT);
        assertThat(support.get("/console/billing/documents").status()).isEqualTo(403);
        assertThat(support.get("/console/billing/payouts").status()).isEqualTo(403);

        WebClient admin = staff(StaffRole.ADMIN);
        assertThat(admin.get("/console/billing/settings").body()).contains("RE-{yyyy}-{000000}");
        var s = settings.current();
        var bad = admin.postForm(
                "/console/billing/settings",
                settingsForm(
                        s,
                        "vatId",
                        "DE12",
                        "iban",
                        "DE89370400440532013001",
                        "paymentRequestFormat",
                        "ZA-{yyyy}",
                        "phone",
                        ""));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("This is not a valid IBAN")
                .contains("exactly one counter")
                .contains("VAT ID")
                .contains("Please enter a phone number");
        assertThat(settings.current()).isEqualTo(s);

        var good = admin.postForm(
                "/console/billing/settings",
                settingsForm(s, "iban", "DE89 3704 0044 0532 0130 00", "bic", "COBADEFFXXX"));
        assertThat(good.redirect()).endsWith("/console/billing/settings");
        assertThat(settings.current().iban()).isEqualTo("DE89370400440532013000");
    }

    /** The current settings as form fields, with some replaced (name, value pairs). */
    private static String[] settingsForm(io.foyer.billing.internal.SellerSettings s, String... overrides) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("companyName", s.companyName());
        fields.put("street", s.street());
        fields.put("postalCode", s.postalCode());
        fields.put("city", s.city());
        fields.put("country", s.country());
        fields.put("vatId", s.vatId());
        fields.put("email", s.email());
        fields.put("phone", s.phone());
        fields.put("bankHolder", s.bankHolder());
        fields.put("iban", s.iban());
        fields.put("bic", s.bic() == null ? "" : s.bic());
        fields.put("bankName", s.bankName() == null ? "" : s.bankName());
        fields.put("paymentRequestFormat", s.paymentRequestFormat());
        fields.put("invoiceFormat", s.invoiceFormat());
        fields.put("creditNoteFormat", s.creditNoteFormat());
        fields.put("paymentTermsDays", String.valueOf(s.paymentTermsDays()));
        fields.put("linkValidityDays", String.valueOf(s.linkValidityDays()));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        return fields.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
    }
}
