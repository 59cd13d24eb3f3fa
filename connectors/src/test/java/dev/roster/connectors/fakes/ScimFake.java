package dev.roster.connectors.fakes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.connectors.model.Json;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful SCIM 2.0 service provider on WireMock, in the wire format of RFC 7644: ListResponse paging with a
 * server cap on {@code count} (pages come back shorter than asked), {@code application/scim+json} both ways,
 * filters, PatchOps on members in RFC and Entra style, Error bodies with {@code status} as a string. Writes show
 * up in the next read. Switches inject what real servers do wrong or under load; {@link #journal()} is
 * WireMock's own, for {@code verify}. {@code main} runs one for a person to try Roster against.
 */
public final class ScimFake implements AutoCloseable {
    public static final String TOKEN = "scim-fake-token";
    public static final String READ_ONLY_TOKEN = "scim-fake-read-only-token";
    public static final String BASE_PATH = "/scim/v2";
    static final String MEDIA_TYPE = "application/scim+json";

    private final WireMockServer server;
    private final Switches switches = new Switches();
    /** One more writer token (the redaction audit plants its own); null: only {@link #TOKEN}. */
    private volatile String extraToken;
    private ScimFakeStore store;
    private ScimFakeApi api;

    private ScimFake(int port) {
        server = new WireMockServer(wireMockConfig().port(port).jettyAcceptors(1).extensions(new Handler()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse()));
        store = new ScimFakeStore(baseUrl());
        api = new ScimFakeApi(store, switches);
    }

    /** On a free port, seeded with {@code groups} groups and {@code users} users, some of them members. */
    public static ScimFake start(int groups, int users) {
        return start(0, groups, users);
    }

    public static ScimFake start(int port, int groups, int users) {
        ScimFake fake = new ScimFake(port);
        ScimFakeSeed.fill(fake.store, groups, users);
        return fake;
    }

    /** The SCIM root to put in base_url. */
    public String baseUrl() {
        return server.baseUrl() + BASE_PATH;
    }

    public int port() {
        return server.port();
    }

    /** WireMock's server, for {@code verify} and the request journal. */
    public WireMockServer journal() {
        return server;
    }

    public synchronized List<String> groupIds() {
        return store.groups().stream().map(g -> g.path("id").asText()).toList();
    }

    public synchronized List<String> userIds() {
        return store.users().stream().map(u -> u.path("id").asText()).toList();
    }

    public synchronized boolean isMember(String groupId, String userId) {
        return store.isMember(groupId, userId);
    }

    /** The most resources a page holds, whatever {@code count} asks for. */
    /** Accepts {@code token} too, with {@link #TOKEN}'s rights: a test that plants a secret of its own. */
    public ScimFake acceptToken(String token) {
        extraToken = token;
        return this;
    }

    public ScimFake capCount(int cap) {
        switches.cap.set(cap);
        return this;
    }

    /** {@code totalResults} claims {@code extra} more resources than there are (an empty page ends the walk). */
    public ScimFake lieAboutTotal(int extra) {
        switches.extraTotal.set(extra);
        return this;
    }

    /** Every page echoes {@code startIndex: 1}, whatever was asked (servers have been seen to). */
    public ScimFake echoFirstStartIndex(boolean on) {
        switches.echoFirst = on;
        return this;
    }

    /** PATCH answers 204 without a body instead of 200 with the group. */
    public ScimFake answerPatchWith204(boolean on) {
        switches.patch204 = on;
        return this;
    }

    /** Groups come back without {@code members}, as servers built for Entra and AWS answer; PATCH still changes them. */
    public ScimFake omitMembers(boolean on) {
        switches.omitMembers = on;
        return this;
    }

    /** Answers in {@code application/json}, as some servers do. */
    public ScimFake answerAsPlainJson(boolean on) {
        switches.plainJson = on;
        return this;
    }

    /** The next {@code n} requests get 429 with {@code Retry-After: seconds}. */
    public ScimFake rateLimitNext(int n, int retryAfterSeconds) {
        switches.retryAfter = retryAfterSeconds;
        switches.rateLimited.set(n);
        return this;
    }

    /** The next {@code n} requests are answered after {@code delay}. */
    public ScimFake slowNext(int n, Duration delay) {
        switches.delayMillis = (int) delay.toMillis();
        switches.slow.set(n);
        return this;
    }

    /** The next {@code n} requests have their connection reset. */
    public ScimFake resetNext(int n) {
        switches.reset.set(n);
        return this;
    }

    /** The next {@code n} requests get a 200 whose body is cut off mid-JSON. */
    public ScimFake malformedNext(int n) {
        switches.malformed.set(n);
        return this;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The fault and behaviour switches, read by the handler on every request. */
    static final class Switches {
        private final AtomicInteger cap = new AtomicInteger(50);
        private final AtomicInteger extraTotal = new AtomicInteger();
        private final AtomicInteger rateLimited = new AtomicInteger();
        private final AtomicInteger slow = new AtomicInteger();
        private final AtomicInteger reset = new AtomicInteger();
        private final AtomicInteger malformed = new AtomicInteger();
        private volatile int retryAfter = 1;
        private volatile int delayMillis;
        private volatile boolean echoFirst;
        private volatile boolean patch204;
        private volatile boolean plainJson;
        private volatile boolean omitMembers;

        int serverCap() {
            return cap.get();
        }

        int extraTotalResults() {
            return extraTotal.get();
        }

        boolean echoFirstStartIndex() {
            return echoFirst;
        }

        boolean omitsMembers() {
            return omitMembers;
        }

        boolean patchAnswers204() {
            return patch204;
        }

        private static boolean take(AtomicInteger counter) {
            return counter.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        }
    }

    private final class Handler implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return "scim-fake";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            if (Switches.take(switches.reset)) {
                return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            }
            if (Switches.take(switches.rateLimited)) {
                return answer(ScimFakeApi.error(429, null, "Too many requests"))
                        .withHeader("Retry-After", Integer.toString(switches.retryAfter)).build();
            }
            ResponseDefinitionBuilder response = respond(request);
            if (Switches.take(switches.slow)) {
                response = response.withFixedDelay(switches.delayMillis);
            }
            return response.build();
        }

        private ResponseDefinitionBuilder respond(Request request) {
            String auth = request.getHeader("Authorization");
            String extra = extraToken;
            boolean writer = ("Bearer " + TOKEN).equals(auth) || (extra != null && ("Bearer " + extra).equals(auth));
            boolean reader = ("Bearer " + READ_ONLY_TOKEN).equals(auth);
            if (!writer && !reader) {
                return answer(ScimFakeApi.error(401, null, "Authorization failure. The authorization header is invalid or missing."))
                        .withHeader("WWW-Authenticate", "Bearer realm=\"scim-fake\"");
            }
            String method = request.getMethod().getName();
            if (!writer && !method.equals("GET")) {
                return answer(ScimFakeApi.error(403, null, "This token may read but not write."));
            }
            String path = URI.create(request.getUrl()).getRawPath();
            if (!path.startsWith(BASE_PATH + "/")) {
                return answer(ScimFakeApi.error(404, null, "Not a SCIM endpoint: " + path));
            }
            if (request.getBodyAsString() != null && !request.getBodyAsString().isEmpty()) {
                String type = request.getHeader("Content-Type");
                if (type == null || !(type.startsWith(MEDIA_TYPE) || type.startsWith("application/json"))) {
                    return answer(ScimFakeApi.error(415, null, "Send application/scim+json or application/json"));
                }
            }
            if (Switches.take(switches.malformed)) {
                return aResponse().withStatus(200).withHeader("Content-Type", MEDIA_TYPE)
                        .withBody("{\"schemas\":[\"" + ScimFakeApi.LIST_RESPONSE + "\"],\"totalResults\":3,\"Resources\":[{\"id\":");
            }
            List<String> segments = Arrays.stream(path.substring(BASE_PATH.length() + 1).split("/"))
                    .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
            synchronized (ScimFake.this) {
                return answer(api.handle(method, segments, request));
            }
        }

        private ResponseDefinitionBuilder answer(ScimFakeApi.Answer answer) {
            ResponseDefinitionBuilder b = aResponse().withStatus(answer.status());
            if (answer.body() != null) {
                try {
                    b = b.withHeader("Content-Type", switches.plainJson ? "application/json" : MEDIA_TYPE)
                            .withBody(Json.mapper().writeValueAsString(answer.body()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                if (answer.status() == 201 && answer.body().has("meta")) {
                    b = b.withHeader("Location", answer.body().path("meta").path("location").asText());
                }
            }
            return b;
        }
    }

    /** {@code --port N} (default 8089), {@code --cap N} (default 10), {@code --groups N}, {@code --users N}. */
    public static void main(String[] args) throws InterruptedException {
        int port = 8089;
        int cap = 10;
        int groups = 24;
        int users = 60;
        for (int i = 0; i + 1 < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--port" -> port = value;
                case "--cap" -> cap = value;
                case "--groups" -> groups = value;
                case "--users" -> users = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --port, --cap, --groups, --users");
            }
        }
        ScimFake fake = start(port, groups, users).capCount(cap);
        System.out.println("SCIM fake at " + fake.baseUrl() + " (pages capped at " + cap + ")");
        System.out.println("token:           " + TOKEN);
        System.out.println("read-only token: " + READ_ONLY_TOKEN);
        System.out.println("try: ROSTER_SCIM_TOKEN=" + TOKEN + " roster connections add scim-fake --type scim --set base_url="
                + fake.baseUrl() + " --secret token=env:ROSTER_SCIM_TOKEN");
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        new CountDownLatch(1).await();
    }
}
