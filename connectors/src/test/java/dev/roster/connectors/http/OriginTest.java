package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A transport talks to its connection's origin only: a next link or a URL from a cursor that points
 * elsewhere never gets the token (RFC 6454 origins: scheme, host and port).
 */
class OriginTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();
    /** Another origin: same host, other port, as a server planted by another local user would be. */
    @RegisterExtension
    static WireMockExtension elsewhere = StubServer.create();

    private final TestTransports t = new TestTransports(wm);

    @Test
    void sendsNothingToAnotherOriginAndKeepsTalkingToItsOwn() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).willReturn(okJson("[]")));
        elsewhere.stubFor(get(anyUrl()).willReturn(okJson("[]")));

        try (HttpTransport transport = t.okta()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.get(StubServer.url(elsewhere, "/api/v1/groups?after=x"))))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
                        assertThat(e.getMessage()).contains("not on the connection's origin", "nothing was sent")
                                .doesNotContain(TestTransports.TOKEN);
                    });
            transport.send(ApiRequest.get(StubServer.url(wm, "/api/v1/groups")));
        }
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/groups"))
                .withHeader("Authorization", equalTo("SSWS " + TestTransports.TOKEN)));
        assertThat(t.log.snapshot()).hasSize(1);
    }

    @Test
    void aTransportWithCredentialsMustKnowItsBaseUrl() {
        HttpTransport.Builder noBase = HttpTransport.builder("c", t.log).auth(Auth.bearer(TestTransports.TOKEN));

        assertThatThrownBy(noBase::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("base URL");
    }

    @Test
    void anOriginIsSchemeHostAndPortWithTheDefaultPortsFilledIn() {
        Origin okta = Origin.of(URI.create("https://Acme.Okta.com/api/v1"));

        assertThat(okta.contains(URI.create("https://acme.okta.com:443/api/v1/groups?after=00g1"))).isTrue();
        assertThat(okta.contains(URI.create("http://acme.okta.com/api/v1/groups"))).isFalse();
        assertThat(okta.contains(URI.create("https://acme.okta.com:8443/api/v1/groups"))).isFalse();
        assertThat(okta.contains(URI.create("https://acme.okta.com.evil.example/api/v1/groups"))).isFalse();
        assertThat(okta.contains(URI.create("https://acme.okta.com@evil.example/api/v1/groups"))).isFalse();
        assertThat(okta.contains(URI.create("ftp://acme.okta.com/api"))).isFalse();
        assertThat(Origin.of(URI.create("http://localhost")).contains(URI.create("http://localhost:80/x"))).isTrue();
    }
}
