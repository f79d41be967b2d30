package io.foyer.renewal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.account.Actor;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.internal.BillingSettings;
import io.foyer.billing.internal.Payments;
import io.foyer.billing.internal.SellerSettings;
import io.foyer.notification.MailLog;
import io.foyer.notification.OutgoingMail;
import io.foyer.renewal.RenewalFixtures;
import io.foyer.renewal.RenewalFixtures.Customer;
import io.foyer.subscription.ServiceAdministration;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.ServiceReactivated;
import io.foyer.subscription.ServiceStatus;
import io.foyer.subscription.ServiceSuspended;
import io.foyer.subscription.Services;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class BillingRunIntegrationTests {

    static final Actor SYSTEM = Actor.system();

    @Autowired
    ApplicationContext context;

    @Autowired
    BillingRun run;

    @Autowired
    io.foyer.account.DemoSupport support;

    @Autowired
    RunRecords runs;

    @Autowired
    Services services;

    @Autowired
    ServiceAdministration administration;

    @Autowired
    Billing billing;

    @Autowired
    Payments payments;

    @Autowired
    MailLog mailLog;

    @Autowired
    BillingSettings billingSettings;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    RenewalFixtures renewals;
    Instant start;

    /** Batches renewed one by one so far; a test that makes batches fail as a whole sets its count. */
    int oneByOneBefore;

    int oneByOneExpected;

    @BeforeEach
    void setUp() {
        renewals = new RenewalFixtures(context);
        start = clock.instant();
        oneByOneBefore = run.batchesOneByOne.get();
    }

    @AfterEach
    void restore() {
        clock.set(start);
        run.afterBatch = n -> {};
        run.beforeTogether = () -> {};
        run.batchSize = 100;
        // Every batch was renewed together, as it must be for speed, unless the test broke some.
        assertThat(run.batchesOneByOne.get() - oneByOneBefore).isEqualTo(oneByOneExpected);
    }

    Customer customer(String prefix) {
        return renewals.customer(prefix);
    }

    void credit(long accountId, String amount) {
        renewals.credit(accountId, amount);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void day(LocalDate day) {
        clock.set(day.atTime(3, 0).toInstant(ZoneOffset.UTC));
    }

    List<DocumentRef> requests(Customer c) {
        return renewals.requests(c);
    }

    ServiceDetails service(Customer c) {
        return services.find(c.accountId(), c.service().id()).orElseThrow();
    }

    List<OutgoingMail> mails(Customer c, String subjectStart) {
        return mailLog.latest(c.email(), 500).stream()
                .filter(m -> m.subject().startsWith(subjectStart))
                .toList();
    }

    long runFor(Customer... customers) {
        return run.run(
                "TEST",
                java.util.Arrays.stream(customers).map(Customer::accountId).toList());
    }

    @Test
    void thirteenMonthsOfOneAccount() {
        Customer c = customer("renewal-year");
        // Three renewals' worth of credit.
        credit(c.accountId(), "35.70");
        LocalDate first = today();
        LocalDate unpaidSince = null;
        boolean toppedUp = false;
        boolean cancelled = false;
        for (LocalDate d = first.plusDays(1); !d.isAfter(first.plusMonths(13)); d = d.plusDays(1)) {
            day(d);
            runFor(c);
            administration.endCancelledPeriods();
            List<DocumentRef> unpaid =
                    requests(c).stream().filter(r -> !r.paid()).toList();
            if (unpaid.isEmpty()) {
                unpaidSince = null;
            } else if (unpaidSince == null) {
                unpaidSince = d;
            } else if (d.equals(unpaidSince.plusDays(24))) {
                // 14 days' lead + 10 days late: paid by bank transfer, after the suspension.
                assertThat(service(c).status()).isEqualTo(ServiceStatus.SUSPENDED);
                DocumentRef late = unpaid.get(0);
                payments.recordBankPayment(c.accountId(), late.id(), late.gross(), d, "late", SYSTEM);
                assertThat(service(c).status()).isEqualTo(ServiceStatus.ACTIVE);
            }
            if (requests(c).size() == 4 && unpaid.isEmpty() && !toppedUp) {
                credit(c.accountId(), "83.30");
                toppedUp = true;
            }
            if (requests(c).size() == 11 && unpaid.isEmpty() && !cancelled) {
                services.cancel(c.accountId(), c.service().id(), false, SYSTEM);
                cancelled = true;
            }
        }
        List<DocumentRef> requests = requests(c);
        assertThat(requests).hasSize(11).allMatch(DocumentRef::paid);
        assertThat(requests).extracting(r -> r.gross().plain()).containsOnly("11.90");
        assertThat(billing.balance(c.accountId()).plain()).isEqualTo("0.00");
        ServiceDetails s = service(c);
        assertThat(s.status()).isEqualTo(ServiceStatus.CANCELLED);
        // Twelve paid months from the first day, then nothing more.
        assertThat(s.periodEnd()).isEqualTo(first.plusMonths(12).minusDays(1));
        assertThat(events.stream(ServiceSuspended.class).filter(e -> e.serviceId() == s.id()))
                .hasSize(1);
        assertThat(events.stream(ServiceReactivated.class).filter(e -> e.serviceId() == s.id()))
                .hasSize(1);
        // -3, 0 and +7 days: three reminders, each once although the run ran every day.
        assertThat(mails(c, "Reminder")).hasSize(3);
        assertThat(mails(c, "Suspended")).hasSize(1);
        assertThat(mails(c, "Reactivated")).hasSize(1);
        assertThat(mails(c, "Terminated")).isEmpty();
    }

    /** Seed 002: auto-renew pays from the balance at once; only what the balance does not cover is mailed as a request. */
    @Test
    void autoRenewalsTheBalanceCoversArePaidAsIssuedAndOnlyTheirInvoiceIsMailed() {
        Customer c = customer("renewal-at-issue");
        ServiceDetails second = renewals.anotherService(c, "renewal-at-issue-b");
        // One renewal's worth: the account's first service is paid, the second is requested.
        credit(c.accountId(), "11.90");
        LocalDate periodEnd = c.service().periodEnd();
        day(periodEnd.minusDays(13));

        long runId = runFor(c);

        DocumentRef paid = requests(c).get(0);
        DocumentRef requested = renewals.documents(c.accountId(), second.id(), DocumentKind.PAYMENT_REQUEST)
                .get(0);
        assertThat(paid.paid()).isTrue();
        assertThat(requested.paid()).isFalse();
        assertThat(billing.balance(c.accountId()).plain()).isEqualTo("0.00");
        assertThat(jdbc.sql("select count(*) from billing_payment where document_id = ? and method = 'BALANCE'"
                                + " and amount = 11.90")
                        .param(paid.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select paid_at = created_at from billing_document where id = ?")
                        .param(paid.id())
                        .query(Boolean.class)
                        .single())
                .as("paid as it was issued")
                .isTrue();
        DocumentRef invoice = renewals.documents(c.accountId(), c.service().id(), DocumentKind.INVOICE)
                .get(0);
        assertThat(invoice.paid()).isTrue();
        assertThat(invoice.gross().plain()).isEqualTo("11.90");
        // The invoice carries the request's data, lines and tax groups under its own number.
        String document = "select concat_ws('|', account_id, currency, recipient_name, tax_treatment, tax_rate,"
                + " total_net, total_tax, total_gross, origin_kind, origin_reference) from billing_document where id = ?";
        String lines = "select string_agg(concat_ws('|', position, description, quantity, unit_price, net,"
                + " tax_category, tax_rate, period_from, period_to, service_id), ';' order by position)"
                + " from billing_document_line where document_id = ?";
        String taxes = "select string_agg(concat_ws('|', tax_category, tax_rate, taxable, tax), ';')"
                + " from billing_document_tax where document_id = ?";
        for (String sql : List.of(document, lines, taxes)) {
            assertThat(jdbc.sql(sql).param(invoice.id()).query(String.class).single())
                    .isNotBlank()
                    .isEqualTo(
                            jdbc.sql(sql).param(paid.id()).query(String.class).single());
        }
        assertThat(jdbc.sql("select source_document_id from billing_document where id = ?")
                        .param(invoice.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(paid.id());
        assertThat(service(c).periodEnd()).isEqualTo(periodEnd.plusMonths(1));
        assertThat(services.find(c.accountId(), second.id()).orElseThrow().periodEnd())
                .isEqualTo(second.periodEnd());
        assertThat(events.stream(io.foyer.subscription.ServiceExtended.class)
                        .filter(e -> e.serviceId() == c.service().id()))
                .hasSize(1);
        assertThat(mails(c, "Payment request " + paid.number())).isEmpty();
        assertThat(mails(c, "Invoice " + invoice.number())).hasSize(1);
        assertThat(mails(c, "Payment request " + requested.number())).hasSize(1);
        assertThat(jdbc.sql("select requests || '/' || paid_from_balance from renewal_run where id = ?")
                        .param(runId)
                        .query(String.class)
                        .single())
                .isEqualTo("2/1");
    }

    /** With invoices issued at once, a renewal paid from the balance is one paid invoice, mailed once. */
    @Test
    void withInvoicesAtOnceAnAutoRenewalIsOnePaidInvoice() {
        SellerSettings before = billingSettings.current();
        try {
            billingSettings.save(before.withInvoiceAtOnce(true), SYSTEM);
            Customer c = customer("renewal-invoice-at-once");
            credit(c.accountId(), "11.90");
            day(c.service().periodEnd().minusDays(13));

            runFor(c);

            List<DocumentRef> invoices =
                    renewals.documents(c.accountId(), c.service().id(), DocumentKind.INVOICE);
            assertThat(invoices).singleElement().satisfies(i -> assertThat(i.paid())
                    .isTrue());
            assertThat(requests(c)).isEmpty();
            assertThat(billing.balance(c.accountId()).plain()).isEqualTo("0.00");
            assertThat(service(c).periodEnd()).isEqualTo(c.service().periodEnd().plusMonths(1));
            assertThat(mails(c, "Invoice " + invoices.get(0).number())).hasSize(1);
        } finally {
            billingSettings.save(before, SYSTEM);
        }
    }

    @Test
    void aServiceLeftUnpaidIsTerminatedAndNeverRenewedAgain() {
        Customer c = customer("renewal-terminate");
        LocalDate due = c.service().periodEnd().plusDays(1);
        day(due.minusDays(14));
        runFor(c);
        assertThat(requests(c)).hasSize(1);
        day(due.plusDays(30));
        runFor(c);
        runFor(c);
        assertThat(service(c).status()).isEqualTo(ServiceStatus.TERMINATED);
        assertThat(mails(c, "Terminated")).hasSize(1);
        day(due.plusDays(60));
        runFor(c);
        assertThat(requests(c)).hasSize(1);
    }

    @Test
    void remindersAreMailedOnceHoweverOftenTheRunRuns() {
        Customer c = customer("renewal-remind");
        LocalDate due = c.service().periodEnd().plusDays(1);
        day(due.minusDays(10));
        runFor(c);
        day(due);
        runFor(c);
        runFor(c);
        assertThat(mails(c, "Reminder")).singleElement().satisfies(m -> assertThat(m.body())
                .contains("has not been paid yet", requests(c).get(0).number(), "11.90", due.toString()));
        assertThat(jdbc.sql("select count(*) from renewal_notice where document_id = ?")
                        .param(requests(c).get(0).id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRenewalNeedsItsServiceAndAServiceWithRenewalsStays() {
        Customer c = customer("renewal-reference");
        day(c.service().periodEnd().minusDays(3));
        runFor(c);
        assertThat(requests(c)).hasSize(1);
        assertThatThrownBy(() -> jdbc.sql("delete from subscription_service where id = ?")
                        .param(c.service().id())
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("is still referenced");
        assertThatThrownBy(() -> jdbc.sql("update subscription_renewal set service_id = -1 where service_id = ?")
                        .param(c.service().id())
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("is not present");
        assertThatThrownBy(() -> jdbc.sql("insert into subscription_renewal (service_id, account_id, period_start,"
                                + " period_end, months, document_id, created_at) select -1, account_id,"
                                + " period_start + 365, period_end + 365, months, -document_id, created_at"
                                + " from subscription_renewal where service_id = ?")
                        .param(c.service().id())
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("is not present");
        assertThat(requests(c)).hasSize(1);
    }

    /** The dunning pass reads unpaid requests a page at a time; a page with none to dun is passed over. */
    @Test
    void unpaidRequestsOfCancelledServicesDoNotHideTheOnesAfterThem() {
        Customer first = customer("renewal-pass-a");
        Customer second = customer("renewal-pass-b");
        Customer third = customer("renewal-pass-c");
        LocalDate due = first.service().periodEnd().plusDays(1);
        assertThat(third.service().periodEnd()).isEqualTo(first.service().periodEnd());
        day(due.minusDays(10));
        runFor(first, second, third);
        services.cancel(first.accountId(), first.service().id(), false, SYSTEM);
        services.cancel(second.accountId(), second.service().id(), false, SYSTEM);
        run.batchSize = 1;
        day(due);
        runFor(first, second, third);
        assertThat(mails(first, "Reminder")).isEmpty();
        assertThat(mails(second, "Reminder")).isEmpty();
        assertThat(mails(third, "Reminder")).hasSize(1);
    }

    @Test
    void mailsAreInTheAccountsLanguage() {
        Customer c = renewals.customer("renewal-deutsch", "de");
        LocalDate due = c.service().periodEnd().plusDays(1);
        day(due.minusDays(10));
        runFor(c);
        day(due.plusDays(7));
        runFor(c);
        assertThat(service(c).status()).isEqualTo(ServiceStatus.SUSPENDED);
        assertThat(mails(c, "Erinnerung: Verlängerung von")).singleElement().satisfies(m -> assertThat(m.body())
                .contains("ist noch nicht bezahlt"));
        assertThat(mails(c, "Gesperrt: ")).hasSize(1);
    }

    @Test
    void refusedServicesOfABatchRenewedTogetherAreRecordedAndTheOthersRenewed() {
        Customer good = customer("renewal-batch-good");
        Customer bad = customer("renewal-batch-bad");
        jdbc.sql("update subscription_service set currency = 'USD' where id = ?")
                .param(bad.service().id())
                .update();
        Customer homeless = customer("renewal-batch-homeless");
        support.completeAddress(homeless.accountId(), "PRIVATE", null, null, null, null, null, null);
        Customer paying = customer("renewal-batch-paying");
        credit(paying.accountId(), "11.90");
        day(good.service().periodEnd().minusDays(3));
        long id = runFor(good, bad, homeless, paying);

        RunRecords.Run result = runs.find(id).orElseThrow();
        assertThat(result.examined()).isEqualTo(4);
        assertThat(result.requests()).isEqualTo(2);
        assertThat(result.paidFromBalance()).isEqualTo(1);
        assertThat(runs.failures(id, 10))
                .extracting(RunRecords.Failure::serviceId)
                .containsExactlyInAnyOrder(
                        bad.service().id(), homeless.service().id());
        assertThat(requests(good)).hasSize(1).noneMatch(DocumentRef::paid);
        assertThat(requests(paying)).hasSize(1).allMatch(DocumentRef::paid);
        assertThat(billing.balance(paying.accountId()).plain()).isEqualTo("0.00");
        assertThat(service(paying).periodEnd()).isAfter(paying.service().periodEnd());
        assertThat(requests(bad)).isEmpty();
        assertThat(requests(homeless)).isEmpty();
    }

    @Test
    void aServiceWhosePlanWasRetiredIsRenewedAtItsOwnPrice() {
        Customer c = customer("renewal-retired");
        context.getBean(io.foyer.catalog.CatalogAdministration.class)
                .retirePlan(c.service().planId());
        day(c.service().periodEnd().minusDays(3));
        long id = runFor(c);

        assertThat(runs.find(id).orElseThrow().failures()).isZero();
        assertThat(requests(c))
                .singleElement()
                .satisfies(r -> assertThat(r.gross().plain()).isEqualTo("11.90"));
    }

    @Test
    void aBatchThatFailsAsAWholeIsRenewedOneServiceAtATime() {
        Customer first = customer("renewal-whole-1");
        Customer second = customer("renewal-whole-2");
        credit(second.accountId(), "11.90");
        run.beforeTogether = () -> {
            jdbc.sql("insert into renewal_notice (document_id) values (null)").update();
        };
        oneByOneExpected = 1;
        day(first.service().periodEnd().minusDays(3));
        long id = runFor(first, second);

        RunRecords.Run result = runs.find(id).orElseThrow();
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(result.requests()).isEqualTo(2);
        assertThat(result.paidFromBalance()).isEqualTo(1);
        assertThat(result.failures()).isZero();
        assertThat(requests(first)).hasSize(1);
        assertThat(requests(second)).hasSize(1).allMatch(DocumentRef::paid);
    }

    @Test
    void aFailingServiceIsRecordedWithItsReasonAndTheOthersAreRenewed() {
        Customer good = customer("renewal-good");
        Customer bad = customer("renewal-bad");
        // Its recurring price is in a currency the account is not billed in.
        jdbc.sql("update subscription_service set currency = 'USD' where id = ?")
                .param(bad.service().id())
                .update();
        // And one whose account lost its billing address.
        Customer homeless = customer("renewal-homeless");
        support.completeAddress(homeless.accountId(), "PRIVATE", null, null, null, null, null, null);
        day(good.service().periodEnd().minusDays(3));
        run.batchSize = 1;
        long id = runFor(good, bad, homeless);

        RunRecords.Run result = runs.find(id).orElseThrow();
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(result.examined()).isEqualTo(3);
        assertThat(result.requests()).isEqualTo(1);
        assertThat(result.failures()).isEqualTo(2);
        assertThat(runs.failures(id, 10))
                .extracting(RunRecords.Failure::serviceId)
                .containsExactlyInAnyOrder(
                        bad.service().id(), homeless.service().id());
        assertThat(runs.failures(id, 10)).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        assertThat(requests(good)).hasSize(1);
        assertThat(requests(bad)).isEmpty();
        assertThat(requests(homeless)).isEmpty();
    }

    @Test
    void cancelledAtPeriodEndIsNotRenewed() {
        Customer c = customer("renewal-cancel");
        credit(c.accountId(), "20.00");
        services.cancel(c.accountId(), c.service().id(), false, SYSTEM);
        day(c.service().periodEnd().minusDays(1));
        runFor(c);
        assertThat(requests(c)).isEmpty();
        assertThat(billing.balance(c.accountId()).plain()).isEqualTo("20.00");
    }

    /** Seven customers, the first four with enough credit for one renewal. */
    List<Customer> group(String prefix) {
        List<Customer> group = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Customer c = customer(prefix + i);
            if (i < 4) {
                credit(c.accountId(), "11.90");
            }
            group.add(c);
        }
        return group;
    }

    /** What a run left per customer: requests, paid or not, balance, period end. */
    List<String> outcome(List<Customer> group) {
        return group.stream()
                .map(c -> requests(c).stream()
                                .map(r -> r.gross().plain() + (r.paid() ? " paid" : " open"))
                                .toList()
                        + " " + billing.balance(c.accountId()).plain() + " "
                        + (service(c).periodEnd().toEpochDay()
                                - c.service().periodEnd().toEpochDay()))
                .toList();
    }

    /** The payment request numbers of the group, which must run without a gap. */
    void assertNumbersWithoutGap(List<Customer> group) {
        List<Long> numbers = group.stream()
                .flatMap(c -> requests(c).stream())
                .map(r -> Long.parseLong(r.number().replaceAll("^.*?(\\d+)$", "$1")))
                .sorted()
                .toList();
        assertThat(numbers).hasSize(group.size());
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(group.size() - 1L);
    }

    @Test
    void aRunStoppedAtARandomBatchAndRunAgainEndsLikeACleanRun() {
        List<Customer> clean = group("renewal-clean");
        List<Customer> crashed = group("renewal-crash");
        day(clean.get(0).service().periodEnd().minusDays(5));
        run.batchSize = 2;

        run.run("TEST", clean.stream().map(Customer::accountId).toList());

        int stopAfter = 1 + new Random().nextInt(3);
        run.afterBatch = n -> {
            if (n == stopAfter) {
                throw new IllegalStateException("stopped after batch " + n);
            }
        };
        List<Long> crashedAccounts = crashed.stream().map(Customer::accountId).toList();
        assertThatThrownBy(() -> run.run("TEST", crashedAccounts)).hasMessageContaining("stopped");
        assertThat(runs.latest(1).get(0).status()).isEqualTo("FAILED");
        assertThat(crashed.stream().mapToInt(c -> requests(c).size()).sum()).isEqualTo(2 * stopAfter);
        run.afterBatch = n -> {};
        run.run("TEST", crashedAccounts);

        assertThat(outcome(crashed)).isEqualTo(outcome(clean));
        // Four paid from their credit and extended; three asked to pay.
        assertThat(outcome(clean).stream().filter(o -> o.startsWith("[11.90 paid] 0.00 ")))
                .hasSize(4);
        assertThat(outcome(clean).stream().filter(o -> o.equals("[11.90 open] 0.00 0")))
                .hasSize(3);
        assertNumbersWithoutGap(clean);
        assertNumbersWithoutGap(crashed);
    }

    @Test
    void twoRunsStartedTogetherBillLikeOne() throws Exception {
        List<Customer> one = group("renewal-one");
        List<Customer> two = group("renewal-two");
        day(one.get(0).service().periodEnd().minusDays(5));
        run.batchSize = 2;
        run.run("TEST", one.stream().map(Customer::accountId).toList());

        List<Long> accounts = two.stream().map(Customer::accountId).toList();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> started = new ArrayList<>();
            for (String node : List.of("NODE-1", "NODE-2")) {
                started.add(nodes.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return run.run(node, accounts);
                }));
            }
            int requests = 0;
            int paid = 0;
            for (Future<Long> f : started) {
                RunRecords.Run r = runs.find(f.get(60, TimeUnit.SECONDS)).orElseThrow();
                assertThat(r.status()).isEqualTo("DONE");
                assertThat(r.failures()).isZero();
                requests += r.requests();
                paid += r.paidFromBalance();
            }
            assertThat(requests).isEqualTo(7);
            assertThat(paid).isEqualTo(4);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(outcome(two)).isEqualTo(outcome(one));
        assertNumbersWithoutGap(two);
    }
}
