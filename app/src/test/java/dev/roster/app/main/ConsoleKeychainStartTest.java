package dev.roster.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.query.ListQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's start-up never waits for the keychain: the context is built, and the Sandbox (which has no
 * secret) opens and answers, while the keychain probe is still waiting for D-Bus; the probe runs once.
 */
class ConsoleKeychainStartTest {
    @TempDir Path home;

    @Test
    void theConsoleStartsAndTheSandboxOpensWhileTheKeychainHasNotAnswered() throws Exception {
        AtomicInteger probes = new AtomicInteger();
        CountDownLatch dbusAnswers = new CountDownLatch(1);
        ConsoleContext context = new ConsoleContext(RosterHome.of(home), () -> {
            probes.incrementAndGet();
            try {
                dbusAnswers.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new NoKeychainSecretStore("probe released by the test");
        }, ConsoleFixture.registry(), Map.of(), Clock.systemUTC(), Locale.ROOT);
        try {
            assertThat(context.secrets().probed()).isFalse();
            try (UnifiedDirectory sandbox = context.connections().open("sandbox")) {
                assertThat(sandbox.listGroups(ListQuery.ofLimit(1)).page().result()).hasSize(1);
            }
            assertThat(context.secrets().probed()).as("nothing above waited for the keychain").isFalse();
        } finally {
            dbusAnswers.countDown();
        }
        assertThat(context.secrets().persistent()).isFalse();
        assertThat(context.connections().secrets()).isSameAs(context.secrets());
        assertThat(probes).hasValue(1);
    }
}
