package dev.roster.connectors.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rate-limit headers providers send: Okta's {@code X-Rate-Limit-*}, Truto's (and the IETF
 * draft's) {@code ratelimit-*}, the common {@code X-RateLimit-*}, and {@code Retry-After}. A header that
 * does not parse is ignored: a good response must not fail over its bookkeeping.
 */
final class RateLimitHeaders {
    private static final List<String> FAMILIES = List.of("x-rate-limit-", "ratelimit-", "x-ratelimit-");
    /** Reset values above this are epoch seconds (year 2001 on), below it seconds from now. */
    private static final java.util.regex.Pattern FRACTIONAL_SECONDS = java.util.regex.Pattern.compile("\\d{1,9}\\.\\d{1,9}");
    private static final long EPOCH_THRESHOLD = 1_000_000_000L;

    private RateLimitHeaders() {
    }

    static Optional<RateLimitStatus> status(int httpStatus, HttpHeaders headers, Instant now) {
        for (String family : FAMILIES) {
            Long limit = number(headers, family + "limit");
            Long remaining = number(headers, family + "remaining");
            Instant reset = resetAt(number(headers, family + "reset"), now);
            if (limit != null || remaining != null || reset != null) {
                return Optional.of(new RateLimitStatus(limit, remaining, reset));
            }
        }
        if (httpStatus == 429) {
            return Optional.of(new RateLimitStatus(null, 0L, retryAfter(headers, now).map(now::plus).orElse(null)));
        }
        return Optional.empty();
    }

    /**
     * How long the server asked us to wait: {@code Retry-After} whatever the status, and for a 429 also
     * the reset of the rate-limit window. Reset headers on other statuses only describe the window.
     */
    static Optional<Duration> serverDelay(int httpStatus, HttpHeaders headers, Instant now) {
        Optional<Duration> retryAfter = retryAfter(headers, now);
        if (retryAfter.isPresent() || httpStatus != 429) {
            return retryAfter;
        }
        for (String family : FAMILIES) {
            Instant reset = resetAt(number(headers, family + "reset"), now);
            if (reset != null) {
                return Optional.of(nonNegative(Duration.between(now, reset)));
            }
        }
        return Optional.empty();
    }

    /** {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("retry-after").map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException tooLarge) {
                return Optional.empty();
            }
        }
        // Microsoft Graph sends fractional seconds ("Retry-After: 2.128"): wait at least that long.
        if (FRACTIONAL_SECONDS.matcher(v).matches()) {
            try {
                return Optional.of(Duration.ofNanos(new java.math.BigDecimal(v).movePointRight(9)
                        .setScale(0, java.math.RoundingMode.CEILING).longValueExact()));
            } catch (ArithmeticException tooLarge) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(nonNegative(Duration.between(now, at)));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /**
     * Okta documents epoch seconds, Truto and the IETF draft seconds from now; services are inconsistent
     * about which they send under which name, and the two ranges cannot be confused.
     */
    private static Instant resetAt(Long value, Instant now) {
        if (value == null || value < 0) {
            return null;
        }
        return value >= EPOCH_THRESHOLD ? Instant.ofEpochSecond(value) : now.plusSeconds(value);
    }

    private static Long number(HttpHeaders headers, String name) {
        Optional<String> value = headers.firstValue(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
