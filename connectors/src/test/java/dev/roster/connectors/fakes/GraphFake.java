package dev.roster.connectors.fakes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.tls.TestCertificates;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stateful Microsoft Graph v1.0 + Microsoft identity platform fake for one Entra ID tenant, over HTTPS (MSAL
 * accepts only https authorities) with a certificate from its own test CA ({@link #caPem()}: what
 * trusted_certificates names). One server holds both: the token endpoint {@code /{tenant}/oauth2/v2.0/token}
 * and Graph under {@code /v1.0}. Graph calls need a token it issued and not yet expired.
 * <p>
 * Fault switches ({@link #failNext}, {@link #loopNextLinks}, {@link #foreignNextLinks}) apply to Graph calls
 * only. Any DELETE that is not a member reference ({@code .../$ref}) deletes the object, as Graph does, and
 * is counted in {@link #objectDeletes()}: tests assert it stays empty.
 */
public final class GraphFake implements AutoCloseable {
    public static final String TENANT = "7e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    public static final String CLIENT_ID = "2f3e4d5c-6b7a-4891-a2b3-c4d5e6f7a8b9";
    /** Azure secrets carry ~ . _ - : the form encodes ~, so the trace must mask the encoded value too. */
    public static final String CLIENT_SECRET = "Fk8Q~sEcReT.value_0123456789-abcdefghij";
    public static final String READER_CLIENT_ID = "9a8b7c6d-5e4f-4321-8a9b-abcdefabcdef";
    public static final String READER_SECRET = "Rd8Q~rEaDeR.value_9876543210-zyxwvutsrq";
    public static final String DYNAMIC_GROUP_NAME = "Dynamic Sales";

    /** A fault for the next Graph calls. */
    public enum FaultKind { THROTTLED, UNAVAILABLE, SLOW, RESET, MALFORMED_JSON }

    private final WireMockServer server;
    private final GraphDirectoryState state = new GraphDirectoryState();
    private final FakeSignIn signIn = new FakeSignIn(TENANT);
    private final GraphRoutes routes = new GraphRoutes(state, this);
    private final Path caPem;
    private final Path serverPem;
    private final ConcurrentLinkedQueue<FaultKind> faults = new ConcurrentLinkedQueue<>();
    private final List<String> objectDeletes = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> skipTokens = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String retryAfter = "2.128";
    private volatile Duration slowFor = Duration.ofSeconds(5);
    private volatile boolean loopNextLinks;
    private volatile boolean foreignNextLinks;

    private GraphFake(int port, Path certificates) {
        TestCertificates ca = TestCertificates.authority(certificates);
        TestCertificates.Identity identity = ca.issue("localhost", "dns:localhost", "ip:127.0.0.1");
        this.caPem = ca.caPem();
        this.serverPem = identity.certificatePem();
        server = new WireMockServer(options().httpDisabled(true).httpsPort(port).bindAddress("127.0.0.1").jettyAcceptors(1)
                .keystorePath(identity.keystore().toString()).keystorePassword("changeit").keyManagerPassword("changeit")
                .keystoreType("PKCS12").extensions(new Transformer()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        signIn.register(CLIENT_ID, CLIENT_SECRET, true);
        signIn.register(READER_CLIENT_ID, READER_SECRET, false);
    }

    /** A tenant with {@code groups} security groups, {@code users} users and the dynamic group, on a free port. */
    public static GraphFake start(int groups, int users) {
        return start(0, groups, users);
    }

    public static GraphFake start(int port, int groups, int users) {
        Path dir;
        try {
            dir = Files.createTempDirectory("graph-fake-tls");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GraphFake fake = new GraphFake(port, dir);
        fake.seed(groups, users);
        return fake;
    }

    private void seed(int groups, int users) {
        for (int i = 1; i <= groups; i++) {
            ObjectNode g = Json.mapper().createObjectNode().put("displayName", "Group %02d".formatted(i))
                    .put("description", "Seeded security group " + i).put("mailEnabled", false)
                    .put("mailNickname", "group%02d".formatted(i)).put("securityEnabled", true);
            g.putArray("groupTypes");
            state.addGroup(g);
        }
        for (int i = 1; i <= users; i++) {
            ObjectNode u = Json.mapper().createObjectNode().put("displayName", "User %02d".formatted(i)).put("givenName", "User")
                    .put("surname", "%02d".formatted(i)).put("userPrincipalName", "user%02d@contoso.example".formatted(i))
                    .put("mail", "user%02d@contoso.example".formatted(i)).put("jobTitle", "Engineer").put("accountEnabled", true);
            state.addUser(u);
        }
        ObjectNode dynamic = Json.mapper().createObjectNode().put("displayName", DYNAMIC_GROUP_NAME)
                .put("description", "Members from the rule").put("mailEnabled", false).put("mailNickname", "dynamicsales")
                .put("securityEnabled", true).put("membershipRule", "(user.department -eq \"Sales\")")
                .put("membershipRuleProcessingState", "On");
        dynamic.putArray("groupTypes").add("DynamicMembership");
        state.addGroup(dynamic);
    }

    public String baseUrl() {
        return "https://localhost:" + server.httpsPort();
    }

    public String graphUrl() {
        return baseUrl() + "/v1.0";
    }

    /** The server's own certificate (PEM), whose subject, issuer and fingerprint "test connection" reports. */
    public Path serverCertificatePem() {
        return serverPem;
    }

    public Path caPem() {
        return caPem;
    }

    public String dynamicGroupId() {
        synchronized (state) {
            return state.groups.values().stream().filter(GraphRoutes::isDynamic).findFirst().orElseThrow().path("id").asText();
        }
    }

    public List<String> memberIds(String groupId) {
        return state.memberIds(groupId);
    }

    /** Token requests answered (or refused) so far. */
    public int tokenRequests() {
        return signIn.requests();
    }

    /** How long new tokens live (MSAL renews five minutes before expiry: 302 s means "renew after 2 s"). */
    /** Registers another app (the redaction audit plants a client secret of its own). */
    public void registerClient(String clientId, String secret, boolean writer) {
        signIn.register(clientId, secret, writer);
    }

    public void tokenLifetime(Duration d) {
        signIn.lifetime(d);
    }

    /** A token to paste (auth=token), valid for an hour. */
    public String issueToken(boolean writer) {
        return signIn.issue(writer, Duration.ofHours(1));
    }

    public void failNext(FaultKind kind, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(kind);
        }
    }

    public void retryAfter(String value) {
        this.retryAfter = value;
    }

    public void slowFor(Duration d) {
        this.slowFor = d;
    }

    public void loopNextLinks(boolean on) {
        this.loopNextLinks = on;
    }

    public void foreignNextLinks(boolean on) {
        this.foreignNextLinks = on;
    }

    /** DELETEs that hit an object instead of a member reference: each would have deleted a user or group. */
    public List<String> objectDeletes() {
        return List.copyOf(objectDeletes);
    }

    /** Every request received, in order. */
    public List<LoggedRequest> requests() {
        List<LoggedRequest> all = new ArrayList<>(server.getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
        java.util.Collections.reverse(all);
        return all;
    }

    public WireMockServer server() {
        return server;
    }

    public void resetRequests() {
        server.resetRequests();
    }

    /** Settings values of a client-credentials connection (the secret separately: {@link #settings}). */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("auth", "client_credentials");
        v.put("tenant_id", TENANT);
        v.put("client_id", CLIENT_ID);
        v.put("authority", baseUrl());
        v.put("graph_url", graphUrl());
        v.put("trusted_certificates", caPem.toString());
        return v;
    }

    public ConnectionSettings settings(String name) {
        return new ConnectionSettings(name, values(), Map.of("client_secret", CLIENT_SECRET));
    }

    public ConnectionSettings settings(String name, String clientId, String secret, Map<String, String> more) {
        Map<String, String> v = values();
        v.put("client_id", clientId);
        v.putAll(more);
        return new ConnectionSettings(name, v, Map.of("client_secret", secret));
    }

    /** Settings of a pasted-token connection. */
    public ConnectionSettings tokenSettings(String name, String token) {
        Map<String, String> v = values();
        v.put("auth", "token");
        v.remove("tenant_id");
        v.remove("client_id");
        return new ConnectionSettings(name, v, Map.of("token", token));
    }

    String nextLink(String self, Map<String, String> query, int nextOffset, boolean more) {
        if (loopNextLinks) {
            Map<String, String> same = new LinkedHashMap<>(query);
            return self + "?" + GraphRoutes.encode(same.isEmpty() ? Map.of("$top", "100") : same);
        }
        if (!more) {
            return null;
        }
        Map<String, String> next = new LinkedHashMap<>(query);
        next.remove("$skiptoken");
        String token = GraphRoutes.skipToken(nextOffset);
        skipTokens.put(token, nextOffset);
        next.put("$skiptoken", token);
        String link = self + "?" + GraphRoutes.encode(next);
        return foreignNextLinks ? link.replace(baseUrl(), "https://graph.attacker.example") : link;
    }

    int offsetOf(String token) {
        return skipTokens.getOrDefault(token, -1);
    }

    @Override
    public void close() {
        server.stop();
    }

    private ResponseDefinition handle(LoggedRequest request) {
        URI uri = URI.create(request.getAbsoluteUrl());
        List<String> segments = new ArrayList<>();
        for (String s : uri.getRawPath().split("/")) {
            if (!s.isEmpty()) {
                segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        String method = request.getMethod().getName();
        if (segments.size() == 4 && segments.get(1).equals("oauth2") && segments.get(3).equals("token") && method.equals("POST")) {
            return signIn.token(segments.getFirst(), request);
        }
        if (segments.size() == 4 && segments.get(2).equals(".well-known")) {
            return signIn.openIdConfiguration(baseUrl());
        }
        if (segments.isEmpty() || !segments.getFirst().equals("v1.0")) {
            return GraphAnswers.error(404, "NotFound", "No such endpoint: " + uri.getRawPath(), null);
        }
        List<String> path = segments.subList(1, segments.size());
        String crid = request.getHeader("client-request-id");
        if (method.equals("DELETE") && !"$ref".equals(path.isEmpty() ? "" : path.getLast())) {
            objectDeletes.add(uri.getRawPath());
        }
        FakeSignIn.Issued holder = signIn.holder(request.getHeader("Authorization"));
        if (holder == null) {
            String message = signIn.known(request.getHeader("Authorization")) ? "Lifetime validation failed, the token is expired."
                    : "Access token validation failure. Invalid audience.";
            return GraphAnswers.errorBuilder(401, "InvalidAuthenticationToken", message, crid)
                    .withHeader("WWW-Authenticate", "Bearer realm=\"\", authorization_uri=\"" + baseUrl() + "/common/oauth2/authorize\"").build();
        }
        FaultKind fault = faults.poll();
        if (fault != null) {
            return fault(fault, request, path, crid, holder);
        }
        if (method.equals("DELETE") && !"$ref".equals(path.isEmpty() ? "" : path.getLast())) {
            return deleteObject(path, crid, holder);
        }
        return routes.route(request, path, GraphRoutes.query(uri.getRawQuery()), holder.writer());
    }

    private ResponseDefinition fault(FaultKind fault, LoggedRequest request, List<String> path, String crid, FakeSignIn.Issued holder) {
        return switch (fault) {
            case THROTTLED -> GraphAnswers.errorBuilder(429, "TooManyRequests", "Please retry again later.", crid)
                    .withHeader("Retry-After", retryAfter)
                    .withHeader("x-ms-throttle-scope", "Tenant_Application/ReadWrite/" + TENANT + "/" + CLIENT_ID)
                    .withHeader("x-ms-throttle-information", "ResourceUnitLimitExceeded")
                    .withHeader("x-ms-resource-unit", "2").build();
            case UNAVAILABLE -> GraphAnswers.errorBuilder(503, "serviceNotAvailable", "The service is temporarily unavailable.", crid)
                    .withHeader("Retry-After", retryAfter).build();
            case RESET -> ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            case MALFORMED_JSON -> ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"@odata.context\":\"x\",\"value\":[{\"id\":").build();
            case SLOW -> ResponseDefinitionBuilder.like(routes.route(request, path, GraphRoutes.query(URI.create(request.getAbsoluteUrl()).getRawQuery()),
                    holder.writer())).withFixedDelay((int) slowFor.toMillis()).build();
        };
    }

    /** Graph deletes the directory object itself (user or group) when the app may: never what Roster should send. */
    private ResponseDefinition deleteObject(List<String> path, String crid, FakeSignIn.Issued holder) {
        if (!holder.writer()) {
            return GraphAnswers.error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.", crid);
        }
        String id = path.getLast();
        synchronized (state) {
            if (state.users.remove(id) == null && state.groups.remove(id) == null) {
                return GraphAnswers.error(404, "Request_ResourceNotFound", "Resource '" + id + "' does not exist or one of its queried reference-property objects are not present.", crid);
            }
            state.members.values().forEach(m -> m.remove(id));
        }
        return GraphAnswers.noContent(crid);
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return handle(serveEvent.getRequest());
        }

        @Override
        public String getName() {
            return "graph-fake";
        }
    }

    /** {@code --port N} (default 8443): prints the settings to connect with and a token to paste. */
    public static void main(String[] args) throws InterruptedException {
        int port = 8443;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        GraphFake fake = start(port, 12, 8);
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        System.out.println("Graph fake (tenant " + TENANT + ") at " + fake.graphUrl());
        System.out.println("  authority=" + fake.baseUrl());
        System.out.println("  graph_url=" + fake.graphUrl());
        System.out.println("  trusted_certificates=" + fake.caPem());
        System.out.println("  tenant_id=" + TENANT);
        System.out.println("  client_id=" + CLIENT_ID + "   client_secret=" + CLIENT_SECRET);
        System.out.println("  read-only app: client_id=" + READER_CLIENT_ID + "   client_secret=" + READER_SECRET);
        System.out.println("  a token to paste (auth=token, one hour): " + fake.issueToken(true));
        System.out.println("  dynamic group id: " + fake.dynamicGroupId());
        Thread.currentThread().join();
    }

}
