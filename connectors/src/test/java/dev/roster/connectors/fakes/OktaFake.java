package dev.roster.connectors.fakes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.connectors.model.Json;
import java.util.List;

/**
 * A stateful Okta org on WireMock, speaking the Management API's wire format: bare JSON arrays, RFC 8288
 * {@code Link} headers (two header lines, or one comma-joined line), {@code X-Rate-Limit-*} and
 * {@code X-Okta-Request-Id} on every answer, Okta's error bodies. Creates show up in the next list,
 * membership changes in the next member list. Switches inject the faults a real org or network produces.
 * {@code main} runs one for a person to try Roster against.
 */
public final class OktaFake implements AutoCloseable {
    public static final String TOKEN = "00fake-okta-api-token-writer";
    public static final String READ_ONLY_TOKEN = "00fake-okta-api-token-read-only";
    public static final int RATE_LIMIT = 600;

    /** How a page's self and next links are written. */
    public enum LinkStyle { TWO_LINES, ONE_LINE }

    /** Faults that stay on until {@link #clearFaults()}. */
    public enum Fault {
        /** Every answer waits this long before it is sent: past a short request timeout. */
        SLOW,
        /** The connection is reset instead of answered. */
        CONNECTION_RESET,
        /** A 200 whose body is cut off mid-JSON. */
        MALFORMED_JSON,
        /** A list's next link points back at its first page, forever. */
        LOOPING_NEXT,
        /** A list's next link points at {@link #foreignHost(String)}. */
        FOREIGN_NEXT
    }

    private final WireMockServer server;
    final OktaFakeState state;
    final OktaFakeRoutes routes;

    private OktaFake(OktaFakeRoutes routes, WireMockServer server) {
        this.routes = routes;
        this.server = server;
        this.state = routes.state;
    }

    /** An org on a free port with {@code groups} Okta groups and {@code users} users (plus Everyone and an app group). */
    public static OktaFake start(int groups, int users) {
        return start(0, groups, users);
    }

    public static OktaFake start(int port, int groups, int users) {
        OktaFakeRoutes routes = new OktaFakeRoutes();
        WireMockServer server = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1").jettyAcceptors(1).extensions(routes));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        // the address it is bound to, not "localhost", which may name ::1 first
        String base = "http://127.0.0.1:" + server.port();
        routes.bind(new OktaFakeState(base), base);
        OktaFake fake = new OktaFake(routes, server);
        fake.seed(groups, users);
        return fake;
    }

    private void seed(int groupCount, int userCount) {
        state.addGroup("BUILT_IN", "Everyone", "All users in your organization");
        state.addGroup("APP_GROUP", "Engineering users", "Imported from Active Directory");
        for (int i = 1; i <= groupCount; i++) {
            state.addGroup("OKTA_GROUP", String.format("Team %02d", i), "Seeded group " + i);
        }
        for (int i = 1; i <= userCount; i++) {
            ObjectNode p = Json.mapper().createObjectNode();
            p.put("firstName", "Person").put("lastName", String.format("No%02d", i))
                    .put("email", String.format("person%02d@example.com", i)).put("login", String.format("person%02d@example.com", i))
                    .put("mobilePhone", String.format("+1 555 01%02d", i));
            String id = state.addUser(p, true).path("id").asText();
            // the first Okta group gets every user: a member list of several pages
            state.join(state.groups(null).get(2).path("id").asText(), id);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public WireMockServer server() {
        return server;
    }

    public String groupIdNamed(String name) {
        return state.groups(null).stream().filter(g -> name.equals(g.path("profile").path("name").asText()))
                .map(g -> g.path("id").asText()).findFirst().orElseThrow(() -> new IllegalArgumentException("no group " + name));
    }

    public List<String> memberIds(String groupId) {
        return state.membersOf(groupId).stream().map(u -> u.path("id").asText()).toList();
    }

    public boolean isMember(String groupId, String userId) {
        return state.isMember(groupId, userId);
    }

    public OktaFake linkStyle(LinkStyle style) {
        routes.linkStyle = style;
        return this;
    }

    public OktaFake fault(Fault fault) {
        routes.faults.add(fault);
        return this;
    }

    /** How long {@link Fault#SLOW} holds each answer. */
    public OktaFake slowBy(int millis) {
        routes.slowMillis = millis;
        return this;
    }

    /** Where {@link Fault#FOREIGN_NEXT} points next links (a base URL such as http://127.0.0.1:9). */
    public OktaFake foreignHost(String baseUrl) {
        routes.foreignHost = baseUrl;
        return this;
    }

    /** The next {@code times} requests answer 429 E0000047 with {@code X-Rate-Limit-Reset} {@code resetInSeconds} ahead. */
    public OktaFake rateLimitNext(int times, int resetInSeconds) {
        routes.rateLimited.set(times);
        routes.resetInSeconds = resetInSeconds;
        return this;
    }

    /** Accepts {@code token} too, with {@link #TOKEN}'s rights: a test that plants a secret of its own. */
    public OktaFake acceptToken(String token) {
        routes.extraToken = token;
        return this;
    }

    public OktaFake clearFaults() {
        routes.faults.clear();
        routes.rateLimited.set(0);
        return this;
    }

    /** Every request the fake served, oldest first. */
    public List<ServeEvent> served() {
        return server.getAllServeEvents().reversed();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** {@code --port N} (default 8089), {@code --groups N}, {@code --users N}. */
    public static void main(String[] args) throws InterruptedException {
        int port = 8089;
        int groups = 25;
        int users = 30;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--groups" -> groups = Integer.parseInt(args[i + 1]);
                case "--users" -> users = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--port N, --groups N, --users N)");
            }
        }
        OktaFake fake = start(port, groups, users);
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        System.out.println("Okta fake at " + fake.baseUrl());
        System.out.println("token (SSWS, read and write): " + TOKEN);
        System.out.println("token (SSWS, read only):      " + READ_ONLY_TOKEN);
        System.out.println("try: OKTA_TOKEN=" + TOKEN + " ./roster connections add okta --type okta --set base_url="
                + fake.baseUrl() + " --secret token=env:OKTA_TOKEN");
        Thread.currentThread().join();
    }
}
