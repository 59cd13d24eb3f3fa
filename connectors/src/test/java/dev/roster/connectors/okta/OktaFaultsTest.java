package dev.roster.connectors.okta;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.DirectorySignal;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.fakes.OktaFake;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.query.ListQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each fault a real org or network produces, through the connector as the app uses it: the right typed error. */
@Timeout(60)
class OktaFaultsTest {
    private OktaFake fake;

    @BeforeEach
    void start() {
        fake = OktaFake.start(7, 3);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private UnifiedDirectory open(String token, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("base_url", fake.baseUrl()));
        values.putAll(more);
        return UnifiedDirectory.open(new OktaConnectorProvider(), new ConnectionSettings("faults", values, Map.of("token", token)));
    }

    private UnifiedDirectory open() {
        return open(OktaFake.TOKEN, Map.of());
    }

    @Test
    void aRateLimitedReadWaitsForTheResetTheOrgNamedThenSucceeds() {
        fake.rateLimitNext(1, 1);
        try (UnifiedDirectory directory = open()) {
            List<DirectorySignal.RateLimited> windows = new ArrayList<>();
            directory.signals(s -> {
                if (s instanceof DirectorySignal.RateLimited r) {
                    windows.add(r);
                }
            });

            assertThat(directory.listGroups(ListQuery.ofLimit(3)).page().result()).hasSize(3);

            List<ServeEvent> served = fake.served();
            assertThat(served).hasSize(2);
            Instant reset = Instant.ofEpochSecond(Long.parseLong(served.getFirst().getResponse().getHeaders()
                    .getHeader("X-Rate-Limit-Reset").firstValue()));
            // the retry went out once the window the 429 named had reopened (the clock's resolution aside)
            assertThat(served.get(1).getRequest().getLoggedDate().toInstant()).isAfterOrEqualTo(reset.minusMillis(50));
            assertThat(directory.exchanges().snapshot()).extracting(x -> x.status()).containsExactly(429, 200);
            // X-Rate-Limit-* of every answer feeds the connection's rate-limit signal
            assertThat(windows).isNotEmpty().last().satisfies(w -> {
                assertThat(w.limit()).isEqualTo((long) OktaFake.RATE_LIMIT);
                assertThat(w.remaining()).isNotNull().isLessThan((long) OktaFake.RATE_LIMIT);
                assertThat(w.resetAt()).isAfter(Instant.now());
            });
        }
    }

    @Test
    void aRateLimitedCreateIsNotRetriedAndSaysWhenToTryAgain() {
        fake.rateLimitNext(1, 30);
        try (UnifiedDirectory directory = open()) {
            DirectoryException e = failure(() -> directory.createGroup(new GroupInput("Throttled", null, null, null)));

            assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
            assertThat(e.getMessage()).contains("API call exceeded rate limit due to too many requests.").contains("E0000047");
            assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isBetween(28L, 30L));
            assertThat(fake.served()).hasSize(1);
        }
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsATransportError() {
        fake.slowBy(2_500).fault(OktaFake.Fault.SLOW);
        try (UnifiedDirectory directory = open(OktaFake.TOKEN, Map.of("request_timeout_seconds", "1"))) {
            DirectoryException e = failure(() -> directory.listGroups(ListQuery.ofLimit(2)));

            assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
            assertThat(e.code()).contains(ErrorCode.HTTP_NO_ANSWER);
        }
    }

    @Test
    void aResetConnectionIsATransportError() {
        fake.fault(OktaFake.Fault.CONNECTION_RESET);
        try (UnifiedDirectory directory = open()) {
            assertThat(failure(() -> directory.listGroups(ListQuery.ofLimit(2))).kind()).isEqualTo(ErrorKind.TRANSPORT);
        }
    }

    @Test
    void aBodyThatIsNotJsonIsAProtocolError() {
        fake.fault(OktaFake.Fault.MALFORMED_JSON);
        try (UnifiedDirectory directory = open()) {
            DirectoryException e = failure(() -> directory.listGroups(ListQuery.ofLimit(2)));

            assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
            assertThat(e.code()).contains(ErrorCode.HTTP_NOT_JSON);
        }
    }

    @Test
    void aNextLinkThatRepeatsIsReportedAsLooping() {
        fake.fault(OktaFake.Fault.LOOPING_NEXT);
        try (UnifiedDirectory directory = open()) {
            WalkOutcome outcome = directory.walkGroups(ListQuery.ofLimit(2), page -> { }, () -> false);

            assertThat(outcome.looping()).isTrue();
            assertThat(outcome.complete()).isFalse();
            assertThat(outcome.pages()).isEqualTo(2);
        }
    }

    @Test
    void aNextLinkToAnotherHostIsAProtocolErrorAndNothingGoesThere() {
        WireMockServer foreign = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        foreign.start();
        try (UnifiedDirectory directory = open()) {
            fake.foreignHost(foreign.baseUrl()).fault(OktaFake.Fault.FOREIGN_NEXT);

            DirectoryException e = failure(() -> directory.walkGroups(ListQuery.ofLimit(2), page -> { }, () -> false));

            assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
            assertThat(e.code()).contains(ErrorCode.OFF_ORIGIN);
            assertThat(foreign.getAllServeEvents()).isEmpty();
        } finally {
            foreign.stop();
        }
    }

    @Test
    void aWrongTokenIsAnAuthenticationErrorWithOktasSummaryAndErrorId() {
        try (UnifiedDirectory directory = open("00wrong-token", Map.of())) {
            DirectoryException e = failure(directory::verify);

            assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
            assertThat(e.getMessage()).contains("Invalid token provided (E0000011)");
            String errorId = fake.served().getFirst().getResponse().getBodyAsString().replaceAll(".*\"errorId\":\"([^\"]+)\".*", "$1");
            assertThat(e.requestId()).contains(errorId);
            assertThat(e.getMessage()).doesNotContain("00wrong-token");
        }
    }

    @Test
    void aReadOnlyTokenReadsButGetsPermissionDeniedOnWrites() {
        try (UnifiedDirectory directory = open(OktaFake.READ_ONLY_TOKEN, Map.of())) {
            assertThat(directory.listGroups(ListQuery.ofLimit(2)).page().result()).hasSize(2);

            DirectoryException e = failure(() -> directory.createGroup(new GroupInput("Not allowed", null, null, null)));

            assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
            assertThat(e.getMessage()).contains("You do not have permission to perform the requested action (E0000006)");
        }
    }

    @Test
    void anAbsentGroupIsNotFoundWithOktasSummary() {
        try (UnifiedDirectory directory = open()) {
            DirectoryException e = failure(() -> directory.getGroup("00gabsent"));

            assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
            assertThat(e.getMessage()).contains("Not found: Resource not found").contains("(E0000007)");
            assertThat(e.providerStatus()).contains(404);
        }
    }

    @Test
    void aLoginInUseIsAConflict() {
        try (UnifiedDirectory directory = open()) {
            var user = directory.listUsers(ListQuery.ofLimit(1)).page().result().getFirst();
            var again = new dev.roster.connectors.model.UserInput(null, "Second", "Login", user.username(),
                    List.of(new dev.roster.connectors.model.Email("second@example.com", true, null)), null, List.of(), null, null,
                    List.of(), List.of(), List.of(), null, null, List.of(), null);

            DirectoryException e = failure(() -> directory.createUser(again));

            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.getMessage()).contains("An object with this field already exists").contains("E0000001");
        }
    }

    @Test
    void membersOfAnAppGroupOrTheEveryoneGroupAreRefusedBeforeAnyChangeIsSent() {
        try (UnifiedDirectory directory = open()) {
            String userId = directory.listUsers(ListQuery.ofLimit(1)).page().result().getFirst().id();
            for (String name : List.of("Engineering users", "Everyone")) {
                String groupId = fake.groupIdNamed(name);

                DirectoryException e = failure(() -> directory.addMember(new MembershipInput(groupId, userId, null)));

                assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                assertThat(e.code()).contains(ErrorCode.OKTA_MEMBERS_MANAGED_ELSEWHERE);
                assertThat(e.getMessage()).contains(name).contains(name.equals("Everyone") ? "BUILT_IN" : "APP_GROUP");
            }
            assertThat(fake.served()).noneMatch(s -> !s.getRequest().getMethod().getName().equals("GET"));
        }
    }

    private static DirectoryException failure(ThrowingCallable call) {
        List<DirectoryException> caught = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(DirectoryException.class, caught::add);
        return caught.getFirst();
    }
}
