package dev.roster.connectors.google;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.GoogleFake;
import dev.roster.connectors.fakes.GoogleFake.Fault;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each of the fake's faults, as the connector meets it: Google's quota answers, the wire, bodies that are not JSON. */
class GoogleWireTest {
    private static final String API = GoogleFake.API;
    private final GoogleTestConnections google = new GoogleTestConnections(7, 3);

    @AfterEach
    void stop() {
        google.close();
    }

    /** Google sends no Retry-After and no rate-limit headers: exponential backoff with jitter, then the answer. */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"USER_RATE_LIMIT", "QUOTA_EXCEEDED", "RATE_LIMIT"})
    void quotaAnswersAreRetriedWithGrowingWaitsUntilTheyPass(Fault fault) {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify(); // signed in first: the faults are for the API
            google.fake.fail(fault, 2);

            assertThat(connector.listGroups(ListRequest.firstPage(3)).items()).hasSize(3);

            assertThat(google.sleeps).hasSize(2);
            assertThat(google.sleeps.get(1)).isGreaterThan(google.sleeps.get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"USER_RATE_LIMIT", "QUOTA_EXCEEDED", "RATE_LIMIT"})
    void aQuotaThatLastsIsARateLimitWithADelayToWait(Fault fault) {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            google.fake.fail(fault, 10);

            assertThatThrownBy(() -> connector.listGroups(ListRequest.firstPage(3))).isInstanceOfSatisfying(DirectoryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                assertThat(e.retryAfter()).isPresent();
            });
            assertThat(google.sleeps).as("within the bound of three retries").hasSize(3);
        }
    }

    @Test
    void aCreateIsNeverRetriedOnAQuotaAnswer() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            google.fake.fail(Fault.USER_RATE_LIMIT, 1);

            assertThatThrownBy(() -> connector.createGroup(group("once@example.com"))).isInstanceOfSatisfying(DirectoryException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED));
            assertThat(google.sleeps).isEmpty();
            google.fake.server().verify(1, postRequestedFor(urlPathEqualTo(API + "/groups")));
        }
    }

    @Test
    void aSlowAnswerPastTheRequestTimeoutIsATransportError() {
        google.fake.slowMillis(2_500);
        try (DirectoryConnector connector = google.connect(Map.of("request_timeout_seconds", "1"))) {
            connector.verify();
            google.fake.fail(Fault.SLOW, 1);

            assertThatThrownBy(() -> connector.listGroups(ListRequest.firstPage(3))).isInstanceOfSatisfying(DirectoryException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT));
        }
    }

    @Test
    void aResetConnectionIsRetriedForAList() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            google.fake.fail(Fault.RESET, 1);

            assertThat(connector.listGroups(ListRequest.firstPage(3)).items()).hasSize(3);
        }
    }

    @Test
    void aResetConnectionDuringACreateIsOfUnknownOutcome() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            google.fake.fail(Fault.RESET, 1);

            assertThatThrownBy(() -> connector.createGroup(group("reset@example.com"))).isInstanceOfSatisfying(DirectoryException.class,
                    e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);
                        assertThat(e.code()).contains(ErrorCode.HTTP_FAILED_AFTER_SEND);
                    });
            google.fake.server().verify(1, postRequestedFor(urlPathEqualTo(API + "/groups")));
        }
    }

    @Test
    void malformedJsonIsAProtocolError() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            google.fake.fail(Fault.MALFORMED_JSON, 1);

            assertThatThrownBy(() -> connector.listGroups(ListRequest.firstPage(3))).isInstanceOfSatisfying(DirectoryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
                assertThat(e.code()).contains(ErrorCode.HTTP_NOT_JSON);
            });
        }
    }

    @Test
    void aLoopingPageTokenIsNoticedAndEndsTheWalk() {
        google.fake.loopingPageToken(true);
        try (UnifiedDirectory directory = new UnifiedDirectory("looping", new GoogleConnectorProvider(), google.connect(Map.of()),
                new ExchangeLog(java.util.List.of()))) {
            ListResult<Group> first = directory.listGroups(ListQuery.ofLimit(3));
            ListResult<Group> second = directory.listGroups(ListQuery.ofLimit(3).withCursor(first.page().nextCursor()));

            assertThat(first.looping()).isFalse();
            assertThat(second.looping()).isTrue();
            assertThat(second.page().nextCursor()).isNull();
        }
    }

    /** No limit given: Google's page maximum is the page size (fewest calls), through the declared maximum's clamp. */
    @Test
    void aListWithoutALimitAsksForGooglesLargestPage() {
        try (UnifiedDirectory directory = new UnifiedDirectory("default", new GoogleConnectorProvider(), google.connect(Map.of()),
                new ExchangeLog(java.util.List.of()))) {
            assertThat(directory.listGroups(ListQuery.firstPage()).page().result()).hasSize(7);
        }
        google.fake.server().verify(getRequestedFor(urlPathEqualTo(API + "/groups")).withQueryParam("maxResults", equalTo("200")));
    }

    @Test
    void aBadPageTokenIsGooglesInvalidInput() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            assertThatThrownBy(() -> connector.listGroups(ListRequest.firstPage(3).withCursor("not-a-token!")))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE);
                        assertThat(e.providerStatus()).contains(400);
                        assertThat(e.getMessage()).contains("Invalid Input: not-a-token!", "(invalid)");
                    });
        }
    }

    @Test
    void groupsOfAUserAreAskedByDomainNeverWithMyCustomer() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            var user = connector.listUsers(ListRequest.firstPage(1)).items().getFirst();
            var group = connector.listGroups(ListRequest.firstPage(1)).items().getFirst();
            connector.addMember(new dev.roster.connectors.model.MembershipInput(group.id(), user.id(), null));

            var groups = connector.listGroups(new ListRequest(10, null, Map.of("userKey", user.username()), Map.of(), null));

            assertThat(groups.items()).extracting(Group::id).containsExactly(group.id());
            google.fake.server().verify(getRequestedFor(urlPathEqualTo(API + "/groups"))
                    .withQueryParam("userKey", equalTo(user.username())).withQueryParam("domain", equalTo("example.com"))
                    .withQueryParam("customer", absent()));
        }
    }

    @Test
    void aMemberListAsksForAtMost200EvenWhenUsersMayHave500() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            var group = connector.listGroups(ListRequest.firstPage(1)).items().getFirst();
            connector.listUsers(new ListRequest(500, null, Map.of(), Map.of(), group.id()));
            connector.listUsers(ListRequest.firstPage(500));

            google.fake.server().verify(getRequestedFor(urlPathEqualTo(API + "/groups/" + group.id() + "/members"))
                    .withQueryParam("maxResults", equalTo("200")));
            google.fake.server().verify(getRequestedFor(urlPathEqualTo(API + "/users")).withQueryParam("maxResults", equalTo("500")));
        }
    }

    @Test
    void parametersOfTheOtherListAreRefusedBeforeSending() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            assertThatThrownBy(() -> connector.listUsers(new ListRequest(5, null, Map.of("roles", "OWNER"), Map.of(), null)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                        assertThat(e.code()).contains(ErrorCode.GOOGLE_PARAMETER_NOT_HERE);
                    });
            assertThatThrownBy(() -> connector.listUsers(new ListRequest(5, null, Map.of("query", "x"), Map.of(), "g")))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
        }
        assertThat(google.log.snapshot()).isEmpty();
    }

    @Test
    void aGroupWithoutItsEmailIsRefusedBeforeSending() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            assertThatThrownBy(() -> connector.createGroup(new GroupInput("No email", null, null, null)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                        assertThat(e.code()).contains(ErrorCode.GOOGLE_GROUP_EMAIL_REQUIRED);
                    });
        }
        assertThat(google.log.snapshot()).isEmpty();
    }

    @Test
    void anEmptyPageWithoutItsListKeyIsAnEmptyPage() {
        try (DirectoryConnector connector = google.connect(Map.of("domain", "nowhere.example"))) {
            var page = connector.listGroups(ListRequest.firstPage(5));
            assertThat(page.items()).isEmpty();
            assertThat(page.raw().has("groups")).isFalse();
            assertThat(page.nextCursor()).isNull();
        }
    }

    private static GroupInput group(String email) {
        return new GroupInput("G " + email, null, null, Json.mapper().createObjectNode().put("email", email));
    }

}
