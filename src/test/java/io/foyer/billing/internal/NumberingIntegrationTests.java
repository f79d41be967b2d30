package io.foyer.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.billing.DocumentKind;
import io.foyer.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NumberingIntegrationTests {

    static final int THREADS = 8;
    static final int ISSUES = 25;

    @Autowired
    Numbering numbering;

    @Autowired
    TransactionTemplate transactions;

    /**
     * 8 threads take 25 numbers each, every fifth in a transaction that then rolls back: the
     * committed numbers are distinct and without a gap, the rolled-back ones were handed out again.
     */
    @Test
    void concurrentIssuersGetDistinctNumbersWithoutGaps() throws Exception {
        String format = "T{yyyy}-{00000}";
        // A year of its own, so other tests' numbers do not interleave.
        LocalDate date = LocalDate.of(2091, 5, 1);
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ISSUES; i++) {
                    boolean rollBack = i % 5 == 4;
                    String number = transactions.execute(status -> {
                        String n = numbering.next(DocumentKind.CREDIT_NOTE, format, date);
                        if (rollBack) {
                            status.setRollbackOnly();
                        }
                        return n;
                    });
                    if (!rollBack) {
                        committed.add(number);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int expected = THREADS * (ISSUES - ISSUES / 5);
        assertThat(committed).hasSize(expected).doesNotHaveDuplicates();
        List<Integer> counters = committed.stream()
                .map(n -> Integer.parseInt(n.substring(n.indexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(counters.get(0)).isEqualTo(1);
        assertThat(counters.get(counters.size() - 1)).isEqualTo(expected);
        assertThat(committed).allMatch(n -> n.startsWith("T2091-"));
    }

    @Test
    void aFormatWithoutYearCountsOnAcrossYears() {
        String a = transactions.execute(
                s -> numbering.next(DocumentKind.CREDIT_NOTE, "X{0000}", LocalDate.of(2092, 12, 31)));
        String b = transactions.execute(
                s -> numbering.next(DocumentKind.CREDIT_NOTE, "X{0000}", LocalDate.of(2093, 1, 1)));
        assertThat(Integer.parseInt(b.substring(1))).isEqualTo(Integer.parseInt(a.substring(1)) + 1);
    }
}
