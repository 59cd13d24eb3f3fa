package dev.roster.connectors.truto;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.DirectorySignal;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.TrutoFake;
import dev.roster.connectors.fakes.TrutoFake.Fault;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.query.ListQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** Each way Truto (or the integration behind it) says no, as the fake says it, and what Roster makes of it. */
class TrutoFaultsTest {
    private static final String GROUPS = "/unified/user-directory/groups";
    private TrutoFake fake;
    private UnifiedDirectory directory;

    @BeforeEach
    void start() {
        fake = TrutoFake.start(5, 2);
        directory = TrutoTestConnections.open(fake);
    }

    @AfterEach
    void stop() {
        directory.close();
        fake.close();
    }

    @Test
    void trutosOwnRateLimitOnAWriteIsReportedWithItsRetryAfterAndNotRetried() {
        fake.inject(Fault.RATE_LIMITED, 1);

        assertRefused(() -> directory.createGroup(new GroupInput("Later", null, null, null)), e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(10));
            assertThat(e.providerStatus()).contains(429);
        });
        fake.server().verify(1, postRequestedFor(urlPathEqualTo(GROUPS)));
    }

    @Test
    void ratelimitHeadersFeedTheRateLimitSignal() {
        List<DirectorySignal.RateLimited> signals = new ArrayList<>();
        try (UnifiedDirectory watched = TrutoTestConnections.open(fake)) {
            watched.signals(s -> {
                if (s instanceof DirectorySignal.RateLimited r) {
                    signals.add(r);
                }
            });
            Instant before = Instant.now();
            watched.listGroups(ListQuery.ofLimit(2));
            watched.listGroups(ListQuery.ofLimit(2));

            // the fake's window: 50 per 10 s, reset in seconds from now (Truto's ratelimit-reset)
            assertThat(signals).hasSize(2);
            assertThat(signals.getFirst().limit()).isEqualTo(50L);
            assertThat(signals.get(1).remaining()).isEqualTo(signals.getFirst().remaining() - 1);
            assertThat(signals.getFirst().resetAt()).isBetween(before.plusSeconds(9), Instant.now().plusSeconds(11));
            assertThat(watched.rateLimit()).contains(signals.get(1));
        }
    }

    @Test
    void aSlowAnswerPastTheRequestTimeoutIsATransportErrorAndAReadIsNotRepeated() {
        fake.slowDelay(Duration.ofSeconds(3)).inject(Fault.SLOW, 5);
        try (UnifiedDirectory impatient = TrutoTestConnections.open(fake, TrutoFake.ACCOUNT, Map.of("request_timeout_seconds", "1"))) {
            assertRefused(() -> impatient.listGroups(ListQuery.ofLimit(2)), e -> assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT));
        }
        fake.server().verify(1, getRequestedFor(urlPathEqualTo(GROUPS)));
    }

    @Test
    void aResetDuringACreateIsAnUnknownOutcomeNotARetry() {
        fake.inject(Fault.RESET, 1);

        assertRefused(() -> directory.createGroup(new GroupInput("Maybe", null, null, null)),
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME));
        fake.server().verify(1, postRequestedFor(urlPathEqualTo(GROUPS)));
    }

    @Test
    void malformedJsonIsAProtocolError() {
        fake.inject(Fault.MALFORMED_JSON, 1);

        assertRefused(() -> directory.listGroups(ListQuery.ofLimit(2)), e -> assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL));
    }

    @Test
    void aLoopingNextCursorStopsTheWalkAndSaysSo() {
        fake.inject(Fault.LOOPING_CURSOR, 1);

        ListResult<Group> first = directory.listGroups(ListQuery.ofLimit(2));
        ListResult<Group> second = directory.listGroups(ListQuery.ofLimit(2).withCursor(first.page().nextCursor()));

        assertThat(first.looping()).isFalse();
        assertThat(second.looping()).isTrue();
        assertThat(directory.walkGroups(ListQuery.ofLimit(2), p -> { }, () -> false).looping()).isTrue();
    }

    @Test
    void theIntegrationsOwnRefusalIsShownWithItsRawResponse() {
        fake.inject(Fault.REMOTE_ERROR, 1);

        assertRefused(() -> directory.listGroups(ListQuery.ofLimit(2)), e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
            assertThat(e.getMessage()).contains("You do not have permission to perform the requested action")
                    .contains("the integration behind Truto answered").contains("E0000006");
            var raw = Json.mapper().readTree(e.rawResponse().orElseThrow());
            assertThat(raw.path("truto_is_remote_error").asBoolean()).isTrue();
            assertThat(raw.path("raw_response").path("errorCode").asText()).isEqualTo("E0000006");
        });
    }

    @Test
    void aRejectedTokenIsAnAuthenticationError() {
        fake.inject(Fault.UNAUTHORIZED, 1);

        assertRefused(directory::verify, e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION));
    }

    @Test
    void aWriteOnASandboxAccountIsAPermissionErrorThatSaysSandbox() {
        fake.inject(Fault.SANDBOX_WRITE, 1);

        assertRefused(() -> directory.createGroup(new GroupInput("Nope", null, null, null)), e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
            assertThat(e.providerStatus()).contains(405);
            assertThat(e.getMessage()).contains("sandbox");
        });
    }

    @Test
    void aBlockedIntegratedAccountIsNotRetried() {
        fake.inject(Fault.BLOCKED, 5);

        assertRefused(() -> directory.listGroups(ListQuery.ofLimit(2)), e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
            assertThat(e.providerStatus()).contains(503);
            assertThat(e.getMessage()).contains("blocked this integrated account");
        });
        fake.server().verify(1, getRequestedFor(urlPathEqualTo(GROUPS)));
    }

    @Test
    void theProvidersConflictIsAConflict() {
        directory.createGroup(new GroupInput("Twice", null, null, null));

        assertRefused(() -> directory.createGroup(new GroupInput("Twice", null, null, null)), e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.code()).contains(ErrorCode.HTTP_REFUSED);
            assertThat(e.rawResponse().orElseThrow()).contains("\"truto_is_remote_error\":true");
        });
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ThrowingConsumer<DirectoryException> check) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DirectoryException.class, e -> {
            try {
                check.accept(e);
            } catch (Throwable t) {
                throw new AssertionError(t.getMessage() + " (" + e.getMessage() + ")", t);
            }
        });
    }
}
