package dev.roster.connectors.fakes;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A stateful fake of the Google Admin SDK Directory API and of Google's OAuth token endpoint, on one
 * WireMock server: {@code /token} takes a service account's signed assertion, {@code /admin/directory/v1}
 * the calls. The service account's RSA key is made at start (never a committed key); {@link #writeKeyFile}
 * writes its JSON key file as the Cloud console does, naming this server as {@code token_uri}. Faults are
 * queued for the next API calls: Google's 403 / 429 quota answers (no rate-limit headers), a slow answer,
 * a reset connection, malformed JSON; and there are switches for a looping page token and the delegation.
 */
public final class GoogleFake implements AutoCloseable {
    public static final String ADMIN = "admin@example.com";
    public static final String READ_ONLY_ADMIN = "helpdesk@example.com";
    public static final String CLIENT_EMAIL = "roster-directory@roster-test.iam.gserviceaccount.com";
    public static final String CLIENT_ID = "104857600123456789012";
    public static final String API = "/admin/directory/v1";
    public static final Set<String> ALL_SCOPES = Set.of(GoogleFakeDirectory.SCOPE + "group", GoogleFakeDirectory.SCOPE + "group.member",
            GoogleFakeDirectory.SCOPE + "user", GoogleFakeDirectory.SCOPE + "group.readonly",
            GoogleFakeDirectory.SCOPE + "group.member.readonly", GoogleFakeDirectory.SCOPE + "user.readonly");

    /** What the next API calls get instead of their answer. */
    public enum Fault {
        USER_RATE_LIMIT, QUOTA_EXCEEDED, RATE_LIMIT, SLOW, RESET, MALFORMED_JSON
    }

    private final KeyPair key;
    private final GoogleFakeTokens tokens;
    private final GoogleFakeDirectory directory;
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final WireMockServer server;
    private volatile int slowMillis = 3_000;

    private GoogleFake(int port) {
        this.key = rsa();
        this.tokens = new GoogleFakeTokens(key.getPublic(), CLIENT_EMAIL, ALL_SCOPES, Set.of(ADMIN, READ_ONLY_ADMIN));
        this.directory = new GoogleFakeDirectory(Set.of(READ_ONLY_ADMIN));
        this.server = new WireMockServer(wireMockConfig().port(port).jettyAcceptors(1).extensions(new Transformer()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(ok()));
    }

    /** A fake on a free port, with {@code groups} groups and {@code users} users (enough for several pages). */
    public static GoogleFake start(int groups, int users) {
        return start(0, groups, users);
    }

    public static GoogleFake start(int port, int groups, int users) {
        GoogleFake fake = new GoogleFake(port);
        for (int i = 1; i <= groups; i++) {
            fake.directory.seedGroup(String.format("group%03d@example.com", i), String.format("Group %03d", i), "Seeded group " + i);
        }
        for (int i = 1; i <= users; i++) {
            fake.directory.seedUser(String.format("user%03d@example.com", i), "User", String.format("%03d", i));
        }
        return fake;
    }

    /** The base URL of the connection (Roster appends {@code /admin/directory/v1}). */
    public String baseUrl() {
        return server.baseUrl();
    }

    public String tokenUri() {
        return server.baseUrl() + "/token";
    }

    /**
     * The service account's JSON key, as Google's console downloads it, mode 0600 where the file system has
     * POSIX permissions ({@link #writeUnknownKeyFile} writes one for a key this fake does not know).
     */
    public Path writeKeyFile(Path file) throws IOException {
        return writeKeyFile(file, key);
    }

    /** A key file for a key Google never registered: its assertions fail the signature check. */
    public Path writeUnknownKeyFile(Path file) throws IOException {
        return writeKeyFile(file, rsa());
    }

    private Path writeKeyFile(Path file, KeyPair pair) throws IOException {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        ObjectNode json = GoogleFakeAnswers.JSON.createObjectNode().put("type", "service_account").put("project_id", "roster-test")
                .put("private_key_id", "0123456789abcdef0123456789abcdef01234567").put("private_key", pem)
                .put("client_email", CLIENT_EMAIL).put("client_id", CLIENT_ID)
                .put("auth_uri", "https://accounts.google.com/o/oauth2/auth").put("token_uri", tokenUri())
                .put("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs")
                .put("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + CLIENT_EMAIL.replace("@", "%40"))
                .put("universe_domain", "googleapis.com");
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, json.toPrettyString());
        return file;
    }

    /** An access token for {@code subject} with {@code scopes}, as if pasted from another tool (auth=token). */
    public String issueToken(String subject, Set<String> scopes) {
        return tokens.issue(subject, scopes);
    }

    /** How many token requests reached {@code /token}. */
    public int tokenRequests() {
        return tokens.requests();
    }

    /** Tokens last this long ({@code expires_in}); Google's last 3599 seconds. */
    public void tokenLifetimeSeconds(long seconds) {
        tokens.lifetimeSeconds(seconds);
    }

    /** The clock against which tokens expire. */
    public void clock(Clock clock) {
        tokens.clock(clock);
    }

    /** The scopes domain-wide delegation grants the service account (all by default). */
    public void delegate(Set<String> scopes) {
        tokens.delegate(scopes);
    }

    /** Every token handed out stops working, as if revoked. */
    public void revokeTokens() {
        tokens.revokeAll();
    }

    /** The next {@code times} API calls get {@code fault}. */
    public void fail(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(fault);
        }
    }

    public void slowMillis(int millis) {
        this.slowMillis = millis;
    }

    /** Every page hands back the token of the page it is (a server bug Roster must notice). */
    public void loopingPageToken(boolean on) {
        directory.loopingPageToken = on;
    }

    public ObjectNode addGroup(String email, String name) {
        return directory.seedGroup(email, name, "");
    }

    public ObjectNode addUser(String email, String givenName, String familyName) {
        return directory.seedUser(email, givenName, familyName);
    }

    /** The WireMock server, to verify what it received. */
    public WireMockServer server() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }

    private ResponseDefinition answer(Request request) {
        String path = request.getUrl().replaceFirst("\\?.*$", "");
        if (path.equals("/token") && request.getMethod().getName().equals("POST")) {
            return tokens.answer(request, tokenUri());
        }
        if (!path.startsWith(API + "/")) {
            return GoogleFakeAnswers.notFound(path);
        }
        Fault fault = faults.poll();
        if (fault != null) {
            return faulty(fault, request, path);
        }
        String authorization = request.getHeader("Authorization");
        GoogleFakeTokens.Grant grant = authorization == null || !authorization.startsWith("Bearer ") ? null
                : tokens.grant(authorization.substring("Bearer ".length()));
        if (grant == null) {
            return GoogleFakeAnswers.error(401, "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie"
                    + " or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
                    "global", "authError", "UNAUTHENTICATED");
        }
        return directory.answer(request, path.substring(API.length()), grant);
    }

    private ResponseDefinition faulty(Fault fault, Request request, String path) {
        return switch (fault) {
            case USER_RATE_LIMIT -> GoogleFakeAnswers.error(403, "User Rate Limit Exceeded", "usageLimits", "userRateLimitExceeded", null);
            case QUOTA_EXCEEDED -> GoogleFakeAnswers.error(403, "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user'",
                    "usageLimits", "quotaExceeded", null);
            case RATE_LIMIT -> GoogleFakeAnswers.error(429, "Rate Limit Exceeded", "usageLimits", "rateLimitExceeded", "RESOURCE_EXHAUSTED");
            case SLOW -> ResponseDefinitionBuilder.like(GoogleFakeAnswers.json(200, GoogleFakeAnswers.JSON.createObjectNode()
                    .put("kind", "admin#directory#groups"))).withFixedDelay(slowMillis).build();
            case RESET -> ResponseDefinitionBuilder.responseDefinition().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
            case MALFORMED_JSON -> ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8").withBody("{\"kind\": \"admin#directory#groups\", \"groups\": [").build();
        };
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            return answer(event.getRequest());
        }

        @Override
        public String getName() {
            return "google-fake";
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has RSA", e);
        }
    }

    /** {@code --port N} (default 8089) {@code --key-file PATH} (default ./google-fake-key.json): serves until stopped. */
    public static void main(String[] args) throws IOException {
        int port = 8089;
        Path keyFile = Path.of("google-fake-key.json");
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i + 1 < rest.size(); i += 2) {
            switch (rest.get(i)) {
                case "--port" -> port = Integer.parseInt(rest.get(i + 1));
                case "--key-file" -> keyFile = Path.of(rest.get(i + 1));
                default -> throw new IllegalArgumentException("unknown option " + rest.get(i) + "; use --port N --key-file PATH");
            }
        }
        GoogleFake fake = start(port, 12, 8);
        fake.writeKeyFile(keyFile.toAbsolutePath());
        System.out.println("Google fake at " + fake.baseUrl() + " (token endpoint " + fake.tokenUri() + ")");
        System.out.println("service account key file: " + keyFile.toAbsolutePath() + " (a throwaway key made at start)");
        System.out.println("admin to act as: " + ADMIN + " (read-only admin: " + READ_ONLY_ADMIN + ")");
        System.out.println("a pasted token for auth=token: " + fake.issueToken(ADMIN, ALL_SCOPES));
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
    }
}
