package dev.roster.app.service.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The OS keychain is asked for once per process, however many callers (CLI context, console, threads) ask. */
class KeychainProbeTest {

    @Test
    void manyCallersAtOnceShareOneProbe() throws Exception {
        AtomicInteger probes = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        SecretStore answer = new NoKeychainSecretStore("counted probe");
        KeychainProbe probe = new KeychainProbe(() -> {
            probes.incrementAndGet();
            try {
                // callers pile up while the probe waits, as they would behind a slow D-Bus
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SecretStore>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(probe::store));
            }
            release.countDown();
            for (Future<SecretStore> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS)).isSameAs(answer);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(probe.store()).isSameAs(answer);
        assertThat(probes).hasValue(1);
    }

    @Test
    void theSystemStoreIsTheSameStoreEveryTime() {
        assertThat(KeychainSecretStore.system()).isSameAs(KeychainSecretStore.system());
    }
}
