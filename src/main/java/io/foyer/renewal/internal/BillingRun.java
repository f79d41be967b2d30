package io.foyer.renewal.internal;

import io.foyer.account.Actor;
import io.foyer.billing.BillingRefused;
import io.foyer.subscription.RenewalQueue;
import io.foyer.subscription.RenewalRequests;
import io.foyer.subscription.ServiceActionRefused;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The billing run. It walks the services due for renewal in batches; each batch is one
 * transaction that commits whole (requests, balance payments, failures and the run's figures
 * together), and each service in it runs under a savepoint, so a failing service is rolled back
 * alone, recorded with its reason, and the batch goes on. A renewal request is unique per service
 * and period start (subscription), and a service with a request for its next period is no longer
 * due: a run that stopped half-way is simply run again, and picks up exactly what is left.
 *
 * <p>Batches of all runs, on all nodes, take one PostgreSQL transaction-level advisory lock, so
 * two runs started together work batch by batch after each other and each batch sees what the
 * other committed: together they bill what one run would. After the renewals the run walks the
 * unpaid renewal requests ({@link Dunning}).
 */
@Service
public class BillingRun {

    private static final Logger log = LoggerFactory.getLogger(BillingRun.class);

    /** The advisory lock key of billing-run batches ("renewal" in ASCII). */
    static final long LOCK = 0x72656e6577616cL;

    private final RenewalQueue queue;
    private final RenewalRequests requests;
    private final Dunning dunning;
    private final RenewalSettings settings;
    private final RunRecords runs;
    private final JdbcClient jdbc;
    private final TransactionTemplate batchTx;
    private final TransactionTemplate serviceTx;
    private final TransactionTemplate shortTx;
    private final MessageSource messages;
    private final Executor executor;
    private final Clock clock;
    /** Services or requests per batch (one transaction). */
    volatile int batchSize;

    /** Called after each committed batch with its number (from 1); tests stop a run here. */
    volatile IntConsumer afterBatch = n -> {};

    /** How many batches this node renewed one service at a time after renewing them together failed. */
    final java.util.concurrent.atomic.AtomicInteger batchesOneByOne = new java.util.concurrent.atomic.AtomicInteger();

    /** Called before a batch is renewed together; tests make it fail here. */
    volatile Runnable beforeTogether = () -> {};

    BillingRun(
            RenewalQueue queue,
            RenewalRequests requests,
            Dunning dunning,
            RenewalSettings settings,
            RunRecords runs,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            MessageSource messages,
            Clock clock,
            @Value("${foyer.renewal.batch-size:2000}") int batchSize) {
        this.queue = queue;
        this.requests = requests;
        this.dunning = dunning;
        this.settings = settings;
        this.runs = runs;
        this.jdbc = jdbc;
        this.batchTx = new TransactionTemplate(transactions);
        this.serviceTx = new TransactionTemplate(transactions);
        this.serviceTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.shortTx = new TransactionTemplate(transactions);
        this.shortTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.messages = messages;
        this.executor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "billing-run");
            thread.setDaemon(true);
            return thread;
        });
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Starts a run in the background (staff: "start now"); answers its id at once. */
    public long startInBackground(String trigger) {
        long runId = open(trigger, null);
        executor.execute(() -> execute(runId, null));
        return runId;
    }

    /** Runs a whole billing run now, over all accounts or the given ones; answers the run's id. */
    public long run(String trigger, Collection<Long> accountIds) {
        long runId = open(trigger, accountIds);
        execute(runId, accountIds);
        return runId;
    }

    private long open(String trigger, Collection<Long> accountIds) {
        return shortTx.execute(status -> {
            runs.interruptStale(clock.instant().minus(Duration.ofMinutes(15)), clock.instant());
            long id = runs.start(trigger, clock.instant());
            runs.total(id, queue.countDue(until(), accountIds));
            return id;
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private LocalDate until() {
        return today().plusDays(settings.current().leadDays());
    }

    private void execute(long runId, Collection<Long> accountIds) {
        try {
            int batch = 0;
            long after = 0;
            while (true) {
                final long from = after;
                Long last = batchTx.execute(status -> renewBatch(runId, accountIds, from));
                if (last == null) {
                    break;
                }
                after = last;
                afterBatch.accept(++batch);
            }
            after = 0;
            while (true) {
                final long from = after;
                Long last = batchTx.execute(status -> {
                    lock();
                    return dunning.batch(runId, accountIds, from, batchSize, today());
                });
                if (last == null) {
                    break;
                }
                after = last;
                afterBatch.accept(++batch);
            }
            shortTx.executeWithoutResult(status -> runs.finish(runId, "DONE", null, clock.instant()));
        } catch (RuntimeException e) {
            log.error("Billing run {} stopped", runId, e);
            shortTx.executeWithoutResult(
                    status -> runs.finish(runId, "FAILED", String.valueOf(e.getMessage()), clock.instant()));
            throw e;
        }
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
    }

    /**
     * One batch: answers the last service id examined, or null when nothing was due any more. The
     * batch is renewed together (a few statements for all its services); should that fail as a
     * whole — a database error — it is rolled back to its savepoint and renewed one service at a
     * time, so the failure lands on the service that caused it and the others are renewed.
     */
    private Long renewBatch(long runId, Collection<Long> accountIds, long after) {
        lock();
        List<RenewalQueue.DueService> due = queue.due(until(), accountIds, after, batchSize);
        if (due.isEmpty()) {
            return null;
        }
        RunRecords.Figures figures;
        try {
            figures = serviceTx.execute(status -> renewTogether(runId, due));
        } catch (RuntimeException e) {
            log.warn("Billing run {}: a batch failed as a whole, renewing its services one by one", runId, e);
            batchesOneByOne.incrementAndGet();
            figures = renewOneByOne(runId, due);
        }
        runs.add(runId, figures, clock.instant());
        return due.get(due.size() - 1).serviceId();
    }

    private RunRecords.Figures renewTogether(long runId, List<RenewalQueue.DueService> due) {
        beforeTogether.run();
        return figures(runId, due, requests.request(due, Actor.system()));
    }

    private RunRecords.Figures figures(
            long runId, List<RenewalQueue.DueService> due, List<RenewalRequests.Requested> answers) {
        int failures = 0;
        int paid = 0;
        for (RenewalRequests.Requested answer : answers) {
            if (answer.document() == null) {
                failures++;
                RenewalQueue.DueService s = answer.service();
                runs.failure(runId, s.serviceId(), s.accountId(), reason(answer.refusal()), clock.instant());
            } else if (answer.paidFromBalance()) {
                paid++;
            }
        }
        return new RunRecords.Figures(due.size(), due.size() - failures, paid, failures, 0, 0, 0);
    }

    /**
     * The same services one at a time, each under its own savepoint: a service whose renewal fails
     * with a database error is rolled back alone and recorded with the reason.
     */
    private RunRecords.Figures renewOneByOne(long runId, List<RenewalQueue.DueService> due) {
        List<RenewalRequests.Requested> answers = new ArrayList<>(due.size());
        for (RenewalQueue.DueService service : due) {
            try {
                answers.add(serviceTx.execute(status ->
                        requests.request(List.of(service), Actor.system()).get(0)));
            } catch (RuntimeException e) {
                answers.add(new RenewalRequests.Requested(service, null, e, false));
            }
        }
        return figures(runId, due, answers);
    }

    /** Why a service failed, in English for the staff console. */
    String reason(Throwable e) {
        String text;
        if (e instanceof BillingRefused refused) {
            text = message(refused.messageKey(), refused.args());
        } else if (e instanceof ServiceActionRefused refused) {
            text = message(refused.messageKey(), new Object[0]);
        } else {
            text = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private String message(String key, Object[] args) {
        try {
            return messages.getMessage(key, args, Locale.ENGLISH);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }
}
