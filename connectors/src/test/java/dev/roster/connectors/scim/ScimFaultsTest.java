package dev.roster.connectors.scim;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.query.ListQuery;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each fault a SCIM server can show, as the typed error the unified API promises. */
@Timeout(60)
class ScimFaultsTest {
    private ScimFake fake;

    @BeforeEach
    void start() {
        fake = ScimFake.start(6, 6);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aRateLimitLongerThanTheRetryBudgetIsReportedWithTheServersDelay() {
        fake.rateLimitNext(1, 120);
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> scim.listGroups(ListQuery.ofLimit(5)));

            assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(e.providerStatus()).contains(429);
            assertThat(e.getMessage()).contains("Too many requests");
        }
        fake.journal().verify(1, getRequestedFor(urlPathEqualTo("/scim/v2/Groups")));
    }

    @Test
    void aShortRateLimitOnAReadIsWaitedOutAndRetried() {
        fake.rateLimitNext(1, 1);
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            assertThat(scim.listGroups(ListQuery.ofLimit(5)).page().result()).hasSize(5);
        }
        fake.journal().verify(2, getRequestedFor(urlPathEqualTo("/scim/v2/Groups")));
    }

    @Test
    void aRateLimitedCreateIsNotRetried() {
        fake.rateLimitNext(1, 1);
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class,
                    () -> scim.createGroup(new GroupInput("Never twice", null, null, null)));

            assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        }
        fake.journal().verify(1, postRequestedFor(urlPathEqualTo("/scim/v2/Groups")));
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsATransportError() {
        fake.slowNext(10, Duration.ofMillis(2_500));
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of("request_timeout_seconds", "1"))) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> scim.listGroups(ListQuery.ofLimit(5)));

            assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
            assertThat(e.getMessage()).contains("no answer within 1s");
        }
    }

    @Test
    void aResetConnectionIsATransportError() {
        fake.resetNext(10);
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> scim.listGroups(ListQuery.ofLimit(5)));

            assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
        }
    }

    @Test
    void aBodyCutOffMidJsonIsAProtocolError() {
        fake.malformedNext(1);
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> scim.listGroups(ListQuery.ofLimit(5)));

            assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
            assertThat(e.getMessage()).contains("not JSON");
        }
    }

    @Test
    void aWrongTokenIsAnAuthenticationErrorWithTheScimDetailAndNoToken() {
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, "wrong-token-value", Map.of())) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class, scim::verify);

            assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
            assertThat(e.getMessage()).contains("401").contains("The authorization header is invalid or missing.")
                    .doesNotContain("wrong-token-value");
            assertThat(scim.exchanges().snapshot()).allSatisfy(x -> assertThat(x.toString()).doesNotContain("wrong-token-value"));
        }
    }

    @Test
    void aReadOnlyTokenMayListButAWriteIsAPermissionError() {
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, ScimFake.READ_ONLY_TOKEN, Map.of())) {
            assertThat(scim.listGroups(ListQuery.ofLimit(2)).page().result()).hasSize(2);
            DirectoryException e = catchThrowableOfType(DirectoryException.class,
                    () -> scim.createGroup(new GroupInput("Readers cannot", null, null, null)));

            assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
            assertThat(e.providerStatus()).contains(403);
        }
    }

    @Test
    void aDuplicateDisplayNameIsAConflictFromScimTypeUniqueness() {
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class,
                    () -> scim.createGroup(new GroupInput("engineering", null, null, null)));

            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.getMessage()).endsWith("A group with displayName 'engineering' already exists. (uniqueness)");
        }
    }

    @Test
    void anAbsentGroupIsNotFoundWithTheScimDetail() {
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> scim.getGroup("no-such-group"));

            assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
            assertThat(e.getMessage()).contains("Resource no-such-group not found");
        }
    }

    @Test
    void aGroupWithoutMembersCannotBeCheckedSoTheServersNoTargetMeansNotAMember() {
        fake.omitMembers(true);
        String group = fake.groupIds().get(3);
        String user = fake.userIds().get(2);
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class,
                    () -> scim.removeMember(new dev.roster.connectors.model.MembershipInput(group, user, null)));

            assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo(user + " is not a member of group " + group + ".");
            assertThat(e.providerStatus()).contains(400);
            assertThat(e.rawResponse().orElseThrow()).contains("\"scimType\":\"noTarget\"");
        }
    }
}
