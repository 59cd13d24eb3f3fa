package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {
    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    @Test
    void readsOktasHeadersWithAnEpochReset() {
        HttpHeaders h = headers("X-Rate-Limit-Limit", "600", "X-Rate-Limit-Remaining", "599",
                "X-Rate-Limit-Reset", String.valueOf(NOW.getEpochSecond() + 42));

        assertThat(RateLimitHeaders.status(200, h, NOW))
                .contains(new RateLimitStatus(600L, 599L, NOW.plusSeconds(42)));
    }

    @Test
    void readsTrutosHeadersWithAResetInSeconds() {
        HttpHeaders h = headers("ratelimit-limit", "100", "ratelimit-remaining", "0", "ratelimit-reset", "17");

        RateLimitStatus status = RateLimitHeaders.status(429, h, NOW).orElseThrow();

        assertThat(status).isEqualTo(new RateLimitStatus(100L, 0L, NOW.plusSeconds(17)));
        assertThat(status.exhausted()).isTrue();
    }

    @Test
    void readsTheCommonXRateLimitSpelling() {
        HttpHeaders h = headers("X-RateLimit-Limit", "5000", "X-RateLimit-Remaining", "4999");

        assertThat(RateLimitHeaders.status(200, h, NOW)).contains(new RateLimitStatus(5000L, 4999L, null));
    }

    @Test
    void aBare429IsAnExhaustedLimitUntilRetryAfter() {
        assertThat(RateLimitHeaders.status(429, headers("Retry-After", "30"), NOW))
                .contains(new RateLimitStatus(null, 0L, NOW.plusSeconds(30)));
        assertThat(RateLimitHeaders.status(200, headers("Retry-After", "30"), NOW)).isEmpty();
        assertThat(RateLimitHeaders.status(200, headers(), NOW)).isEmpty();
    }

    @Test
    void ignoresHeadersThatDoNotParse() {
        HttpHeaders h = headers("X-Rate-Limit-Limit", "lots", "X-Rate-Limit-Remaining", "12");

        assertThat(RateLimitHeaders.status(200, h, NOW)).contains(new RateLimitStatus(null, 12L, null));
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "120"), NOW)).contains(Duration.ofSeconds(120));
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "Thu, 15 Jan 2026 09:01:30 GMT"), NOW))
                .contains(Duration.ofSeconds(90));
    }

    @Test
    void fractionalSecondsAsMicrosoftGraphSendsThem() {
        // "Retry-After: 2.128" is in Microsoft's own throttling page; never wait less than asked
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "2.128"), NOW)).contains(Duration.ofMillis(2_128));
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "0.0000000001"), NOW)).isEmpty();
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "1.5."), NOW)).isEmpty();
    }

    @Test
    void aRetryAfterDateInThePastMeansNow() {
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "Wed, 14 Jan 2026 09:00:00 GMT"), NOW)).contains(Duration.ZERO);
    }

    @Test
    void aRetryAfterThatIsNeitherIsIgnored() {
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "soon"), NOW)).isEmpty();
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "-5"), NOW)).isEmpty();
        assertThat(RateLimitHeaders.retryAfter(headers("Retry-After", "99999999999999999999999"), NOW)).isEmpty();
    }

    @Test
    void serverDelayOfA429FallsBackToTheWindowReset() {
        HttpHeaders okta = headers("X-Rate-Limit-Remaining", "0", "X-Rate-Limit-Reset", String.valueOf(NOW.getEpochSecond() + 3));
        HttpHeaders truto = headers("ratelimit-reset", "8");

        assertThat(RateLimitHeaders.serverDelay(429, okta, NOW)).contains(Duration.ofSeconds(3));
        assertThat(RateLimitHeaders.serverDelay(429, truto, NOW)).contains(Duration.ofSeconds(8));
    }

    @Test
    void retryAfterWinsOverTheReset() {
        HttpHeaders h = headers("Retry-After", "2", "ratelimit-reset", "60");

        assertThat(RateLimitHeaders.serverDelay(429, h, NOW)).contains(Duration.ofSeconds(2));
    }

    @Test
    void aResetOnAnotherStatusOnlyDescribesTheWindow() {
        HttpHeaders h = headers("X-Rate-Limit-Reset", String.valueOf(NOW.getEpochSecond() + 50));

        assertThat(RateLimitHeaders.serverDelay(503, h, NOW)).isEmpty();
        assertThat(RateLimitHeaders.serverDelay(503, headers("Retry-After", "4"), NOW)).contains(Duration.ofSeconds(4));
    }

    @Test
    void aResetAlreadyPastIsNoWait() {
        HttpHeaders h = headers("X-Rate-Limit-Reset", String.valueOf(NOW.getEpochSecond() - 5));

        assertThat(RateLimitHeaders.serverDelay(429, h, NOW)).contains(Duration.ZERO);
    }

    static HttpHeaders headers(String... nameValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return HttpHeaders.of(map, (n, v) -> true);
    }
}
