package dev.roster.connectors.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.GraphFake;
import dev.roster.connectors.fakes.GraphFake.FaultKind;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.Exchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** Entra ID on the wire against {@link GraphFake}: the sign-in and its token cache, each fault Graph can produce. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class EntraWireTest {
    private final EntraConnectorProvider provider = new EntraConnectorProvider();
    private GraphFake fake;

    @BeforeAll
    void start() {
        fake = GraphFake.start(5, 3);
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void clean() {
        fake.resetRequests();
        fake.tokenLifetime(Duration.ofSeconds(3599));
        fake.retryAfter("2.128");
        fake.loopNextLinks(false);
        fake.foreignNextLinks(false);
    }

    @AfterEach
    void noObjectDeleted() {
        assertThat(fake.objectDeletes()).as("a DELETE without /$ref deletes the user itself").isEmpty();
    }

    private UnifiedDirectory open(Map<String, String> more) {
        return UnifiedDirectory.open(provider, fake.settings("wire", GraphFake.CLIENT_ID, GraphFake.CLIENT_SECRET, more));
    }

    @Test
    void aTokenIsFetchedOnceAndReusedUntilItIsDueThenRenewed() throws InterruptedException {
        // renewed five minutes before it expires, or at half its life when it lives less: 4 s means due after 2 s
        fake.tokenLifetime(Duration.ofSeconds(4));
        int before = fake.tokenRequests();
        try (UnifiedDirectory d = open(Map.of())) {
            d.verify();
            d.listGroups(ListQuery.ofLimit(2));
            d.getGroup(fake.dynamicGroupId());
            assertThat(fake.tokenRequests() - before).as("one token for three calls").isEqualTo(1);

            Thread.sleep(2_300);
            d.listGroups(ListQuery.ofLimit(2));
            d.verify();
            assertThat(fake.tokenRequests() - before).as("renewed once when due, then reused").isEqualTo(2);

            List<String> tokens = graphRequests().stream().map(r -> r.getHeader("Authorization")).distinct().toList();
            assertThat(tokens).hasSize(2).allSatisfy(t -> assertThat(t).startsWith("Bearer eyJ"));
        }
    }

    @Test
    void theTokenRequestIsTracedWithTheSecretAndTheTokenMasked() {
        try (UnifiedDirectory d = open(Map.of())) {
            d.verify();
            List<Exchange> trace = d.exchanges().snapshot();
            Exchange token = trace.stream().filter(x -> x.target().endsWith("/oauth2/v2.0/token")).findFirst().orElseThrow();
            assertThat(token.method()).isEqualTo("POST");
            assertThat(token.requestBody()).contains("grant_type=client_credentials").contains("client_secret=****")
                    .contains("client_id=" + GraphFake.CLIENT_ID);
            assertThat(token.responseBody()).contains("\"access_token\":\"****\"");
            String encodedSecret = URLEncoder.encode(GraphFake.CLIENT_SECRET, StandardCharsets.UTF_8);
            assertThat(trace).allSatisfy(x -> assertThat(x.toString()).doesNotContain(GraphFake.CLIENT_SECRET)
                    .doesNotContain(encodedSecret).doesNotContain("Bearer eyJ"));
        }
    }

    @Test
    void aRefusedSecretIsAnAuthenticationErrorNamingWhatToCheck() {
        try (UnifiedDirectory d = UnifiedDirectory.open(provider, fake.settings("wrong", GraphFake.CLIENT_ID, "wrong-secret-value", Map.of()))) {
            assertThatThrownBy(d::verify).isInstanceOfSatisfying(DirectoryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
                assertThat(e.code()).contains(ErrorCode.ENTRA_TOKEN_REFUSED);
                assertThat(e.getMessage()).contains("AADSTS7000215").contains("client_secret").contains("tenant_id")
                        .doesNotContain("wrong-secret-value");
            });
            assertThat(graphRequests()).as("no Graph call without a token").isEmpty();
        }
    }

    @Test
    void aThrottledReadIsRetriedAfterTheFractionalRetryAfterAndSucceeds() {
        // how long 0.4 s is waited is RateLimitHeadersTest's (a parse, not a clock); here: retried, and succeeds
        fake.retryAfter("0.4");
        try (UnifiedDirectory d = open(Map.of())) {
            d.verify();
            fake.failNext(FaultKind.THROTTLED, 1);
            ListResult<Group> page = d.listGroups(ListQuery.ofLimit(2));
            assertThat(page.page().result()).hasSize(2);
            assertThat(d.exchanges().snapshot()).extracting(Exchange::status).containsSubsequence(429, 200);
            assertThat(d.exchanges().snapshot()).filteredOn(x -> x.status() == 429).singleElement()
                    .satisfies(x -> assertThat(x.responseHeaders().entrySet()).anySatisfy(h -> {
                        assertThat(h.getKey()).isEqualToIgnoringCase("retry-after");
                        assertThat(h.getValue()).containsExactly("0.4");
                    }));
        }
    }

    @Test
    void aThrottledWriteIsNotRetriedAndSaysWhenToTryAgainWithTheRequestId() {
        try (UnifiedDirectory d = open(Map.of())) {
            d.verify();
            fake.failNext(FaultKind.THROTTLED, 1);
            assertThatThrownBy(() -> d.createGroup(new GroupInput("Throttled", null, GroupType.GROUP, null)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                        assertThat(e.retryAfter()).contains(Duration.ofMillis(2_128));
                        assertThat(e.requestId()).get().asString().matches("[0-9a-f-]{36}");
                        assertThat(e.getMessage()).contains("TooManyRequests");
                    });
            assertThat(graphRequests()).filteredOn(r -> r.getMethod().getName().equals("POST")).hasSize(1);
        }
    }

    @Test
    void anUnavailableServiceIsRetriedForReads() {
        fake.retryAfter("0.2");
        try (UnifiedDirectory d = open(Map.of())) {
            d.verify();
            fake.failNext(FaultKind.UNAVAILABLE, 1);
            assertThat(d.getGroup(fake.dynamicGroupId()).item().name()).isEqualTo(GraphFake.DYNAMIC_GROUP_NAME);
            assertThat(d.exchanges().snapshot()).extracting(Exchange::status).containsSubsequence(503, 200);
        }
    }

    @Test
    void aWriteAnsweredTooLateHasAnUnknownOutcome() {
        fake.slowFor(Duration.ofSeconds(5));
        ConnectionSettings pasted = fake.tokenSettings("slow", fake.issueToken(true));
        Map<String, String> values = new java.util.HashMap<>(pasted.values());
        values.put("request_timeout_seconds", "2");
        try (UnifiedDirectory d = UnifiedDirectory.open(provider, new ConnectionSettings("slow", values, Map.of("token", pasted.secret("token").orElseThrow())))) {
            fake.failNext(FaultKind.SLOW, 1);
            assertThatThrownBy(() -> d.createGroup(new GroupInput("Slow", null, GroupType.GROUP, null)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.code()).contains(ErrorCode.HTTP_NO_ANSWER_AFTER_SEND));
        }
    }

    @Test
    void aResetConnectionFailsAWriteWithoutRetryingIt() {
        try (UnifiedDirectory d = open(Map.of())) {
            d.verify();
            fake.failNext(FaultKind.RESET, 1);
            assertThatThrownBy(() -> d.createGroup(new GroupInput("Reset", null, GroupType.GROUP, null)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.code()).contains(ErrorCode.HTTP_FAILED_AFTER_SEND));
            assertThat(graphRequests()).filteredOn(r -> r.getMethod().getName().equals("POST")).hasSize(1);
        }
    }

    @Test
    void malformedJsonIsAProtocolError() {
        try (UnifiedDirectory d = open(Map.of())) {
            d.verify();
            fake.failNext(FaultKind.MALFORMED_JSON, 1);
            assertThatThrownBy(() -> d.listGroups(ListQuery.ofLimit(2))).isInstanceOfSatisfying(DirectoryException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL));
        }
    }

    @Test
    void aLoopingNextLinkIsReported() {
        fake.loopNextLinks(true);
        try (UnifiedDirectory d = open(Map.of())) {
            ListResult<Group> first = d.listGroups(ListQuery.ofLimit(2));
            ListResult<Group> second = d.listGroups(ListQuery.ofLimit(2).withCursor(first.page().nextCursor()));
            assertThat(second.looping()).isTrue();
            assertThat(second.page().nextCursor()).isNull();
        }
    }

    @Test
    void aNextLinkToAnotherHostIsRefusedAndTheTokenStaysHome() {
        fake.foreignNextLinks(true);
        try (UnifiedDirectory d = open(Map.of())) {
            assertThatThrownBy(() -> d.listGroups(ListQuery.ofLimit(2))).isInstanceOfSatisfying(DirectoryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
                assertThat(e.code()).contains(ErrorCode.OFF_ORIGIN);
            });
            assertThat(d.exchanges().snapshot()).noneMatch(x -> x.target().contains("attacker"));
        }
    }

    @Test
    void aDynamicGroupsMembersAreRefusedBeforeAnythingIsWritten() {
        try (UnifiedDirectory d = open(Map.of())) {
            String user = d.listUsers(ListQuery.ofLimit(1)).page().result().getFirst().id();
            Consumer<DirectoryException> dynamic = e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                assertThat(e.code()).contains(ErrorCode.ENTRA_DYNAMIC_GROUP);
            };
            assertThatThrownBy(() -> d.addMember(new MembershipInput(fake.dynamicGroupId(), user, null)))
                    .isInstanceOfSatisfying(DirectoryException.class, dynamic);
            assertThatThrownBy(() -> d.removeMember(new MembershipInput(fake.dynamicGroupId(), user, null)))
                    .isInstanceOfSatisfying(DirectoryException.class, dynamic);
            assertThat(graphRequests()).noneMatch(r -> r.getUrl().contains("/members/"));
        }
    }

    @Test
    void aWriteWithoutThePermissionCarriesGraphsRequestId() {
        try (UnifiedDirectory d = UnifiedDirectory.open(provider,
                fake.settings("reader", GraphFake.READER_CLIENT_ID, GraphFake.READER_SECRET, Map.of()))) {
            assertThatThrownBy(() -> d.createGroup(new GroupInput("Not allowed", null, GroupType.GROUP, null)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
                        assertThat(e.getMessage()).contains("Authorization_RequestDenied");
                        assertThat(e.requestId()).get().asString().matches("[0-9a-f-]{36}");
                        assertThat(e.toJson().path("request_id").asText()).isEqualTo(e.requestId().orElseThrow());
                    });
        }
    }

    @Test
    void aSearchSendsConsistencyLevelOnEveryPageAndQuotesABareWord() {
        try (UnifiedDirectory d = open(Map.of())) {
            List<String> names = new java.util.ArrayList<>();
            d.walkGroups(ListQuery.ofLimit(2).withParameters(Map.of("$search", "Group")),
                    p -> p.page().result().forEach(g -> names.add(g.name())), () -> false);
            assertThat(names).containsExactly("Group 01", "Group 02", "Group 03", "Group 04", "Group 05");
            List<LoggedRequest> pages = graphRequests().stream().filter(r -> r.getUrl().startsWith("/v1.0/groups?")).toList();
            assertThat(pages).hasSize(3).allSatisfy(r -> {
                assertThat(r.getHeader("ConsistencyLevel")).isEqualTo("eventual");
                assertThat(r.queryParameter("$search").firstValue()).isEqualTo("\"displayName:Group\"");
            });
        }
    }

    @Test
    void aPastedTokenNeedsNoSignIn() {
        int before = fake.tokenRequests();
        try (UnifiedDirectory d = UnifiedDirectory.open(provider, fake.tokenSettings("pasted", fake.issueToken(false)))) {
            assertThat(d.listGroups(ListQuery.ofLimit(3)).page().result()).hasSize(3);
        }
        assertThat(fake.tokenRequests()).isEqualTo(before);
    }

    private List<LoggedRequest> graphRequests() {
        return fake.requests().stream().filter(r -> r.getUrl().startsWith("/v1.0/")).toList();
    }
}
