package dev.roster.connectors.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.fakes.GoogleFake;
import dev.roster.connectors.trace.Exchange;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service account's sign-in against the fake's token endpoint: cached, renewed, refused clearly, never leaked. */
class GoogleSignInTest {
    private final GoogleTestConnections google = new GoogleTestConnections(3, 2);

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void oneTokenServesManyCallsUntilItIsAboutToExpire() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            connector.listGroups(ListRequest.firstPage(2));
            connector.listUsers(ListRequest.firstPage(2));
            assertThat(google.fake.tokenRequests()).isEqualTo(1);

            // Google's tokens last 3599 s; Roster renews a minute before the end
            google.clock.advance(Duration.ofSeconds(3599).minus(AccessTokens.MARGIN).minusSeconds(1));
            connector.verify();
            assertThat(google.fake.tokenRequests()).isEqualTo(1);

            google.clock.advance(Duration.ofSeconds(1));
            connector.verify();
            connector.verify();
            assertThat(google.fake.tokenRequests()).isEqualTo(2);
        }
    }

    @Test
    void aShortLivedTokenIsRenewedBeforeTheFakeWouldRefuseIt() {
        google.fake.tokenLifetimeSeconds(90);
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            google.clock.advance(Duration.ofSeconds(45));
            connector.verify();
            assertThat(google.fake.tokenRequests()).as("90 s less the margin is 30 s: renewed").isEqualTo(2);
            google.clock.advance(Duration.ofSeconds(20));
            connector.verify();
            assertThat(google.fake.tokenRequests()).isEqualTo(2);
        }
    }

    @Test
    void aTokenTheApiRefusesIsForgottenAndTheNextCallSignsInAgain() {
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            google.fake.revokeTokens();

            assertThatThrownBy(connector::verify).isInstanceOfSatisfying(DirectoryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
                assertThat(e.providerStatus()).contains(401);
            });
            connector.verify();
            assertThat(google.fake.tokenRequests()).isEqualTo(2);
        }
    }

    @Test
    void scopesWithoutDomainWideDelegationAreAnAuthenticationErrorNamingWhatToCheck() {
        google.fake.delegate(Set.of("https://www.googleapis.com/auth/admin.directory.group.readonly"));
        try (DirectoryConnector connector = google.connect(Map.of())) {
            assertThatThrownBy(connector::verify).isInstanceOfSatisfying(DirectoryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
                assertThat(e.code()).contains(ErrorCode.GOOGLE_SIGN_IN_REFUSED);
                assertThat(e.providerStatus()).contains(401);
                assertThat(e.getMessage()).contains("unauthorized_client", "domain-wide delegation", GoogleFake.CLIENT_ID,
                        GoogleFake.ADMIN, "https://www.googleapis.com/auth/admin.directory.group.member");
            });
        }
    }

    @Test
    void readOnlyAccessAsksForTheReadonlyScopesOnly() {
        google.fake.delegate(Set.copyOf(Scopes.READ_ONLY));
        try (DirectoryConnector connector = google.connect(Map.of("access", "read_only"))) {
            assertThat(connector.listGroups(ListRequest.firstPage(2)).items()).hasSize(2);
        }
    }

    @Test
    void anUnknownSubjectIsRefusedAsInvalidGrant() {
        try (DirectoryConnector connector = google.connect(Map.of("subject", "nobody@example.com"))) {
            assertThatThrownBy(connector::verify).isInstanceOfSatisfying(DirectoryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
                assertThat(e.getMessage()).contains("invalid_grant: Invalid email or User ID", "nobody@example.com");
            });
        }
    }

    @Test
    void theTokenRequestIsTracedWithTheAssertionAndTheTokenMaskedAndTheKeyNowhere() throws Exception {
        String keyFile = Files.readString(google.keyFile);
        String pemBody = keyFile.substring(keyFile.indexOf("-----BEGIN PRIVATE KEY-----") + 28, keyFile.indexOf("-----BEGIN PRIVATE KEY-----") + 90);
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.listGroups(ListRequest.firstPage(2));
        }
        List<Exchange> exchanges = google.log.snapshot();
        Exchange token = exchanges.getFirst();
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.target()).isEqualTo(google.fake.tokenUri());
        assertThat(token.requestBody()).contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer", "assertion=****")
                .doesNotContain("eyJ");
        assertThat(token.responseBody()).contains("\"access_token\"", "****").doesNotContain("ya29.");
        Exchange list = exchanges.get(1);
        assertThat(list.requestHeaders().get("Authorization")).containsExactly("Bearer ****");
        for (Exchange x : exchanges) {
            assertThat(String.join("\n", x.requestBody() == null ? "" : x.requestBody(), x.responseBody() == null ? "" : x.responseBody(),
                    x.requestHeaders().toString(), x.target())).doesNotContain(pemBody).doesNotContain("ya29.");
        }
    }

    @Test
    void aPastedTokenIsSentAsIsWithoutAnyTokenRequest() {
        String token = google.fake.issueToken(GoogleFake.ADMIN, GoogleFake.ALL_SCOPES);
        var settings = new dev.roster.connectors.ConnectionSettings("pasted", Map.of("auth", "token", "base_url", google.fake.baseUrl()),
                Map.of("token", token));
        try (DirectoryConnector connector = google.connect(settings)) {
            assertThat(connector.listGroups(ListRequest.firstPage(5)).items()).hasSize(3);
        }
        assertThat(google.fake.tokenRequests()).isZero();
    }
}
