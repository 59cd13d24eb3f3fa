package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;

/** The WireMock server of a test class: a free port, and one acceptor (the build machines have few cores). */
final class StubServer {

    private StubServer() {
    }

    static WireMockExtension create() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();
    }

    static URI url(WireMockExtension wm, String pathAndQuery) {
        return URI.create(wm.baseUrl() + pathAndQuery);
    }
}
