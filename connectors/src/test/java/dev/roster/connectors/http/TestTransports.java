package dev.roster.connectors.http;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.trace.ExchangeLog;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A transport for tests: the stub server as base URL, fixed clock, a sleeper that only records, no jitter, a log that knows the token. */
final class TestTransports {
    static final String TOKEN = "s3cr3t-planted-token-123";
    static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    final ExchangeLog log = new ExchangeLog(List.of(TOKEN));
    final List<Duration> sleeps = new ArrayList<>();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Supplier<URI> baseUrl;

    /** Transports whose connection's base URL is this stub server. */
    TestTransports(WireMockExtension server) {
        this(() -> URI.create(server.baseUrl()));
    }

    /** Transports whose connection's base URL is {@code baseUrl} (a server that is not WireMock's). */
    TestTransports(Supplier<URI> baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpTransport.Builder builder(Auth auth) {
        return HttpTransport.builder("test-connection", log)
                .baseUrl(baseUrl.get())
                .auth(auth)
                .clock(clock)
                .random(() -> 0.0)
                .sleeper(sleeps::add)
                .settings(HttpSettings.defaults().withRequestTimeout(Duration.ofSeconds(5)));
    }

    HttpTransport okta() {
        return builder(Auth.oktaApiToken(TOKEN)).build();
    }

    HttpTransport bearer() {
        return builder(Auth.bearer(TOKEN)).build();
    }
}
