package dev.roster.connectors.fakes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A stateful stand-in for Truto's unified user-directory API (https://truto.one/docs/api-reference/unified-user-directory-api),
 * in its wire format: {@code Authorization: Bearer}, {@code integrated_account_id} on every call, lists as
 * {@code {"result","next_cursor","prev_cursor","result_count"}}, the {@code truto_*} response options,
 * {@code ratelimit-*} headers, errors as {@code {"statusCode","error","message"}} with {@code truto_is_remote_error}
 * and {@code raw_response} when the integration (an Okta org here) refused. Creates show up in lists, membership
 * changes in the group's user list. Faults are switched on for the next N matching requests.
 * <p>
 * Integrated accounts: {@link #ACCOUNT} (works), {@link #SANDBOX_ACCOUNT} (same data, writes refused with 405),
 * {@link #BLOCKED_ACCOUNT} (503); any other id is 404.
 */
public final class TrutoFake implements AutoCloseable {
    public static final String TOKEN = "truto-fake-token-4f1c9a";
    public static final String ACCOUNT = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
    public static final String SANDBOX_ACCOUNT = "7b0e2c41-5a3d-4f8e-9c61-0d2f3e4a5b6c";
    public static final String BLOCKED_ACCOUNT = "9c1d3e52-6b4e-4a9f-8d72-1e3f4a5b6c7d";

    /** What can go wrong; each applies to the requests named. */
    public enum Fault {
        /** Truto's own 429 with {@code Retry-After: 10}. */
        RATE_LIMITED,
        /** The answer comes after {@link #slowDelay(Duration)}. */
        SLOW,
        /** The connection is reset before any answer. */
        RESET,
        /** A 200 whose body is cut-off JSON. */
        MALFORMED_JSON,
        /** Lists only: every page hands back the same next_cursor. */
        LOOPING_CURSOR,
        /** The integration refused (403, Okta E0000006): truto_is_remote_error and raw_response. */
        REMOTE_ERROR,
        /** 401 as for a wrong API token. */
        UNAUTHORIZED,
        /** Writes only: 405, as on a sandbox integrated account. */
        SANDBOX_WRITE,
        /** 503: the integrated account is blocked. */
        BLOCKED
    }

    private final WireMockServer server;
    private final TrutoFakeData data;
    private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
    /** One more token (the redaction audit plants its own); null: only {@link #TOKEN}. */
    private volatile String extraToken;
    private volatile Duration slowDelay = Duration.ofSeconds(3);

    private TrutoFake(int port, int groups, int users) {
        this.data = new TrutoFakeData(groups, users);
        this.server = new WireMockServer(wireMockConfig().port(port).jettyAcceptors(1).extensions(new TrutoFakeHandler(this)));
        server.start();
        // one catch-all stub: the handler (a global transformer) writes every answer
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
    }

    /** On a free port, with {@code groups} and {@code users} seeded. */
    public static TrutoFake start(int groups, int users) {
        return new TrutoFake(0, groups, users);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** For WireMock's {@code verify}: every request the fake received. */
    public WireMockServer server() {
        return server;
    }

    /** The next {@code times} requests it applies to fail this way. */
    public synchronized TrutoFake inject(Fault fault, int times) {
        faults.merge(fault, times, Integer::sum);
        return this;
    }

    public synchronized void clearFaults() {
        faults.clear();
    }

    /** Accepts {@code token} too: a test that plants a secret of its own. */
    public TrutoFake acceptToken(String token) {
        extraToken = token;
        return this;
    }

    boolean accepts(String authorization) {
        String extra = extraToken;
        return ("Bearer " + TOKEN).equals(authorization) || (extra != null && ("Bearer " + extra).equals(authorization));
    }

    public TrutoFake slowDelay(Duration delay) {
        this.slowDelay = delay;
        return this;
    }

    Duration slowDelay() {
        return slowDelay;
    }

    TrutoFakeData data() {
        return data;
    }

    /** The fault this request gets, counted down; LOOPING_CURSOR only on lists, SANDBOX_WRITE only on writes. */
    synchronized Fault takeFault(boolean write, boolean list) {
        for (Fault fault : Fault.values()) {
            Integer left = faults.get(fault);
            if (left == null || left <= 0 || (fault == Fault.LOOPING_CURSOR && !list) || (fault == Fault.SANDBOX_WRITE && !write)) {
                continue;
            }
            // a looping cursor is a property of the walk, not of one request: it stays until cleared
            if (fault != Fault.LOOPING_CURSOR) {
                faults.put(fault, left - 1);
            }
            return fault;
        }
        return null;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** {@code --port N} (default 8089), {@code --groups N}, {@code --users N}: runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        int port = 8089;
        int groups = 12;
        int users = 8;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--groups" -> groups = Integer.parseInt(args[i + 1]);
                case "--users" -> users = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--port, --groups, --users)");
            }
        }
        TrutoFake fake = new TrutoFake(port, groups, users);
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        System.out.println("Truto fake at " + fake.baseUrl());
        System.out.println("  token=" + TOKEN);
        System.out.println("  integrated_account_id=" + ACCOUNT + " (sandbox: " + SANDBOX_ACCOUNT + ", blocked: " + BLOCKED_ACCOUNT + ")");
        new CountDownLatch(1).await();
    }
}
