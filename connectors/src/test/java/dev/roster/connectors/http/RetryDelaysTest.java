package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryDelaysTest {
    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(4));

    @Test
    void doublesFromTheBaseUpToTheCap() {
        RetryDelays noJitter = new RetryDelays(POLICY, () -> 0.9999999);

        assertThat(noJitter.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(noJitter.backoff(2)).isBetween(Duration.ofMillis(999), Duration.ofMillis(1000));
        assertThat(noJitter.backoff(3)).isBetween(Duration.ofMillis(1999), Duration.ofMillis(2000));
        assertThat(noJitter.backoff(4)).isBetween(Duration.ofMillis(3999), Duration.ofMillis(4000));
        assertThat(noJitter.backoff(30)).isBetween(Duration.ofMillis(3999), Duration.ofMillis(4000));
    }

    @Test
    void jitterTakesAtMostAQuarterOffButNeverGoesBelowTheBase() {
        RetryDelays fullJitter = new RetryDelays(POLICY, () -> 0.0);

        assertThat(fullJitter.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(fullJitter.backoff(3)).isEqualTo(Duration.ofMillis(1500));
        assertThat(fullJitter.backoff(5)).isEqualTo(Duration.ofMillis(3000));
    }

    @Test
    void honoursWhatTheServerAskedFor() {
        RetryDelays delays = new RetryDelays(POLICY, () -> 0.0);

        assertThat(delays.before(1, Optional.of(Duration.ofSeconds(7)))).isEqualTo(Duration.ofSeconds(7));
        assertThat(delays.before(2, Optional.empty())).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void neverRetriesInATightLoopEvenWhenTheServerSaysZero() {
        RetryDelays delays = new RetryDelays(POLICY, () -> 0.0);

        assertThat(delays.before(1, Optional.of(Duration.ZERO))).isEqualTo(Duration.ofMillis(500));
    }
}
