package dev.roster.connectors.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several threads of one connection record at once (a walk and a write): the log keeps them in number order. */
class ExchangeLogConcurrencyTest {
    private static final int THREADS = 4;
    private static final int EACH = 2_000;

    @Test
    void concurrentRecordersLeaveTheLogInSequenceOrder() throws Exception {
        // a secret to scrub and a body to scrub it from: the work between numbering and storing an exchange
        ExchangeLog log = new ExchangeLog(List.of("Planted-Secret-Value-1234"), THREADS * EACH);
        String body = "{\"data\":\"" + "x".repeat(2_000) + "Planted-Secret-Value-1234\"}";
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> recorders = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread recorder = new Thread(() -> {
                try {
                    start.await(60, TimeUnit.SECONDS);
                    for (int i = 0; i < EACH; i++) {
                        log.record(new Exchange(0, "c", Exchange.LDAP, "SEARCH", "ldap://x.test/page/" + i, Map.of(), null, 0,
                                "success", Map.of(), body, Instant.EPOCH, Duration.ZERO, null));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            recorder.start();
            recorders.add(recorder);
        }
        start.countDown();
        for (Thread recorder : recorders) {
            recorder.join(TimeUnit.SECONDS.toMillis(120));
            assertThat(recorder.isAlive()).as("a recorder still running after 120 s").isFalse();
        }

        assertThat(failures).isEmpty();
        List<Long> sequences = log.snapshot().stream().map(Exchange::sequence).toList();
        assertThat(sequences).hasSize(THREADS * EACH).isSorted().doesNotHaveDuplicates();
        assertThat(sequences.getFirst()).isEqualTo(1L);
        assertThat(log.oldestKept()).isEqualTo(1L);
    }
}
