package dev.roster.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.tls.Tls;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The one HTTP client of a connection: authenticates, retries what may be retried, records every attempt
 * in the connection's {@link ExchangeLog}, and turns every failure into a typed {@link DirectoryException}.
 * Requests go to the connection's origin only, so its credentials never reach another host, whatever URL a
 * next link or a cursor holds. Thread-safe; {@link #close()} aborts what is in flight.
 */
public final class HttpTransport implements AutoCloseable {
    private final HttpClient client;
    private final HttpSettings settings;
    private final Auth auth;
    private final String mediaType;
    private final Map<String, String> defaultHeaders;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RetryDelays delays;
    private final ExchangeRecorder recorder;
    private final ResponseErrors errors;
    private final Scrubber scrubber;
    private final Origin origin;
    private final String connectionName;
    private final AtomicReference<RateLimitStatus> rateLimit = new AtomicReference<>();
    private final List<Consumer<RateLimitStatus>> rateLimitListeners = new CopyOnWriteArrayList<>();
    // feature: connection-check
    private final AtomicReference<dev.roster.connectors.tls.PeerCertificate> peer = new AtomicReference<>();

    private HttpTransport(Builder b) {
        if (b.baseUrl == null && !(b.auth instanceof Auth.None)) {
            throw new IllegalStateException("a transport that holds credentials needs the connection's base URL,"
                    + " the only origin it may send them to");
        }
        this.origin = b.baseUrl == null ? null : Origin.of(b.baseUrl);
        this.connectionName = b.connectionName;
        this.settings = b.settings;
        this.auth = b.auth;
        this.mediaType = b.mediaType;
        this.defaultHeaders = Map.copyOf(b.defaultHeaders);
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.delays = new RetryDelays(settings.retry(), b.random);
        this.scrubber = new Scrubber(auth::secrets, b.log.redactor());
        this.recorder = new ExchangeRecorder(b.connectionName, b.log, scrubber);
        this.errors = new ResponseErrors(b.errorParser, scrubber);
        // Redirects are not followed: the JDK would resend the Authorization header to wherever they point.
        this.client = b.tls.configure(HttpClient.newBuilder())
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static Builder builder(String connectionName, ExchangeLog log) {
        return new Builder(connectionName, log);
    }

    /**
     * Sends the request, retrying within the policy; a 2xx comes back, anything else is thrown. A request off
     * the connection's origin is refused before anything is sent (see {@link Origin#require}).
     */
    public ApiResponse send(ApiRequest request) {
        if (origin != null) {
            origin.require(request.uri(), request.method() + " to");
        }
        RetryPolicy policy = settings.retry();
        Duration waited = Duration.ZERO;
        for (int retries = 0; ; retries++) {
            Attempt attempt = attempt(request);
            if (attempt.response() != null && HttpStatuses.isSuccess(attempt.response().statusCode())) {
                HttpResponse<String> r = attempt.response();
                return new ApiResponse(r.statusCode(), r.headers(), r.body(), request.uri(), attempt.exchange());
            }
            DirectoryException failure = attempt.failure();
            Duration delay = delays.before(retries + 1, failure.retryAfter());
            // Past the budget the server wants more time than this call may take: say so instead of waiting.
            if (!policy.shouldRetry(request, retries, failure) || waited.plus(delay).compareTo(policy.maxTotalWait()) > 0) {
                throw giveUp(failure, delay);
            }
            pause(delay, failure);
            waited = waited.plus(delay);
        }
    }

    /** GET and parse: the body must be JSON. */
    public JsonNode getJson(URI uri) {
        return send(ApiRequest.get(uri)).json();
    }

    /** The origin of the connection's base URL; empty for a transport without credentials that was given none. */
    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }

    /** What the directory last said about its rate limit, if it ever did. */
    public Optional<RateLimitStatus> rateLimit() {
        return Optional.ofNullable(rateLimit.get());
    }

    // feature: connection-check
    /** The server certificate of the last answer over TLS (what "test connection" shows); empty before one or over http. */
    public Optional<dev.roster.connectors.tls.PeerCertificate> peerCertificate() {
        return Optional.ofNullable(peer.get());
    }

    /** Called on every answer that carries rate-limit headers; returns a handle that unsubscribes. */
    public Runnable onRateLimit(Consumer<RateLimitStatus> listener) {
        rateLimitListeners.add(listener);
        return () -> rateLimitListeners.remove(listener);
    }

    /**
     * {@link #onRateLimit} as the connection's typed signal: a connector's
     * {@code DirectoryConnector.onRateLimit} is just {@code return transport.onRateLimitSignal(listener);}.
     */
    public Runnable onRateLimitSignal(Consumer<dev.roster.connectors.DirectorySignal.RateLimited> listener) {
        return onRateLimit(status -> listener.accept(status.signal()));
    }

    @Override
    public void close() {
        client.shutdownNow();
    }

    private record Attempt(HttpResponse<String> response, Exchange exchange, DirectoryException failure) {
    }

    /**
     * One try, recorded. The JDK client itself repeats a GET once when a connection dies before any answer
     * (never a POST); that repeat happens inside {@code send} and so is not an exchange of its own here.
     */
    private Attempt attempt(ApiRequest request) {
        HttpRequest http = build(request);
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Exchange stored = recorder.failed(http, request.body(), e, startedAt, Duration.ofNanos(System.nanoTime() - start));
            return new Attempt(null, stored, TransportFailures.toException(request, stored.target(), e, settings.requestTimeout(), connectionName));
        }
        Exchange stored = recorder.answered(http, request.body(), response, startedAt, Duration.ofNanos(System.nanoTime() - start));
        response.sslSession().flatMap(dev.roster.connectors.tls.PeerCertificate::of).ifPresent(peer::set);
        Instant now = clock.instant();
        RateLimitHeaders.status(response.statusCode(), response.headers(), now).ifPresent(this::publish);
        if (HttpStatuses.isSuccess(response.statusCode())) {
            return new Attempt(response, stored, null);
        }
        Optional<Duration> serverDelay = RateLimitHeaders.serverDelay(response.statusCode(), response.headers(), now);
        return new Attempt(response, stored, errors.toException(request, response, stored, serverDelay));
    }

    private HttpRequest build(ApiRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(settings.requestTimeout());
        // Over plain http the JDK would try an h2c upgrade, which few servers speak and which is a known
        // trouble spot with request bodies; TLS connections negotiate HTTP/2 through ALPN as they should.
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        b.header("Accept", mediaType);
        defaultHeaders.forEach(b::header);
        auth.authorization().ifPresent(value -> b.header("Authorization", value));
        request.headers().forEach((name, values) -> {
            if (!values.isEmpty()) {
                b.setHeader(name, values.getFirst());
                values.stream().skip(1).forEach(v -> b.header(name, v));
            }
        });
        if (request.body() == null) {
            b.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            if (request.headers().keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
                b.header("Content-Type", mediaType);
            }
            b.method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        }
        return b.build();
    }

    private void publish(RateLimitStatus status) {
        rateLimit.set(status);
        rateLimitListeners.forEach(l -> l.accept(status));
    }

    private void pause(Duration delay, DirectoryException lastFailure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryException(ErrorKind.TRANSPORT, "cancelled while waiting to retry after: " + lastFailure.getMessage(),
                    lastFailure.providerStatus().orElse(null), lastFailure.rawResponse().orElse(null),
                    lastFailure.retryAfter().orElse(null), lastFailure.requestId().orElse(null), e)
                    .recoded(DirectoryException.coded(ErrorKind.TRANSPORT, ErrorCode.RETRY_CANCELLED, lastFailure.getMessage()));
        }
    }

    /** A rate limit always says when to try again: the server's delay, else the backoff we would have waited. */
    private static DirectoryException giveUp(DirectoryException e, Duration nextDelay) {
        if (e.kind() != ErrorKind.RATE_LIMITED || e.retryAfter().isPresent()) {
            return e;
        }
        return new DirectoryException(e.kind(), e.getMessage(), e.providerStatus().orElse(null), e.rawResponse().orElse(null),
                nextDelay, e.requestId().orElse(null), e.getCause()).recoded(e);
    }

    /** Everything but the connection name and the log has a working default. */
    public static final class Builder {
        private final String connectionName;
        private final ExchangeLog log;
        private HttpSettings settings = HttpSettings.defaults();
        private Auth auth = Auth.none();
        private URI baseUrl;
        private ProviderErrorParser errorParser = GenericErrorParser.INSTANCE;
        private String mediaType = "application/json";
        private final Map<String, String> defaultHeaders = new LinkedHashMap<>(Map.of("User-Agent", "Roster"));
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Tls tls = Tls.defaults();

        private Builder(String connectionName, ExchangeLog log) {
            this.connectionName = connectionName;
            this.log = log;
        }

        public Builder settings(HttpSettings s) {
            this.settings = s;
            return this;
        }

        /** The connection's base URL: its origin is the only one this transport sends requests to. */
        public Builder baseUrl(URI url) {
            this.baseUrl = url;
            return this;
        }

        public Builder auth(Auth a) {
            this.auth = a;
            return this;
        }

        public Builder errorParser(ProviderErrorParser p) {
            this.errorParser = p;
            return this;
        }

        /** Accept, and Content-Type of bodies: {@code application/scim+json} for SCIM. */
        public Builder mediaType(String type) {
            this.mediaType = type;
            return this;
        }

        /** Sent on every request (Graph's {@code ConsistencyLevel}, a User-Agent); a request's own header wins. */
        public Builder defaultHeader(String name, String value) {
            defaultHeaders.keySet().removeIf(name::equalsIgnoreCase);
            defaultHeaders.put(name, value);
            return this;
        }

        public Builder sleeper(Sleeper s) {
            this.sleeper = s;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** Jitter source, values in [0, 1). */
        public Builder random(DoubleSupplier r) {
            this.random = r;
            return this;
        }

        /** The connection's trusted_certificates and tls_server_name ({@link dev.roster.connectors.tls.TlsSettings}). */
        public Builder tls(Tls t) {
            this.tls = t;
            return this;
        }

        public HttpTransport build() {
            return new HttpTransport(this);
        }
    }
}
