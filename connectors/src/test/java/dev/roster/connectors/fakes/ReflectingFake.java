package dev.roster.connectors.fakes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.tls.TestCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A careless server: every request is refused with the status set, and the refusal echoes the request back,
 * every header (Authorization included) and the body, in the error body and in {@code WWW-Authenticate}, as
 * some providers and proxies do. Any connector pointed at it shows whether its masking holds when the secret
 * comes back from the wire, in a place no key name marks as secret. Plain HTTP and HTTPS (a certificate for
 * 127.0.0.1 and localhost from {@link #caPem()}); {@link #reset()} drops the connection instead.
 */
public final class ReflectingFake implements AutoCloseable {
    private final WireMockServer server;
    private final Path caPem;
    private volatile int status = 500;
    private volatile boolean reset;
    private final AtomicInteger served = new AtomicInteger();

    private ReflectingFake(WireMockServer server, Path caPem) {
        this.server = server;
        this.caPem = caPem;
    }

    public static ReflectingFake start() {
        try {
            Path dir = Files.createTempDirectory("reflecting-fake-tls");
            TestCertificates ca = TestCertificates.authority(dir);
            TestCertificates.Identity identity = ca.issue("localhost", "dns:localhost", "ip:127.0.0.1");
            Echo echo = new Echo();
            WireMockServer server = new WireMockServer(options().port(0).httpsPort(0).bindAddress("127.0.0.1").jettyAcceptors(1)
                    .keystorePath(identity.keystore().toString()).keystorePassword("changeit").keyManagerPassword("changeit")
                    .keystoreType("PKCS12").extensions(echo));
            server.start();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
            ReflectingFake fake = new ReflectingFake(server, ca.caPem());
            echo.fake = fake;
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every later request is answered with {@code status} (429 carries {@code Retry-After: 0}). */
    public ReflectingFake answer(int status) {
        this.status = status;
        this.reset = false;
        return this;
    }

    /** Every later request has its connection reset. */
    public ReflectingFake reset() {
        this.reset = true;
        return this;
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public String httpsUrl() {
        return "https://127.0.0.1:" + server.httpsPort();
    }

    /** The CA that issued the HTTPS certificate, as a PEM file: a connection's {@code trusted_certificates}. */
    public Path caPem() {
        return caPem;
    }

    /** How many requests were answered: a test knows its calls reached the wire. */
    public int served() {
        return served.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static final class Echo implements ResponseDefinitionTransformerV2 {
        volatile ReflectingFake fake;

        @Override
        public String getName() {
            return "reflecting-fake";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            fake.served.incrementAndGet();
            if (fake.reset) {
                return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            }
            Request request = event.getRequest();
            ObjectNode body = Json.mapper().createObjectNode();
            int status = fake.status;
            body.put("error", "reflected_" + status);
            body.put("error_description", "request refused; it was " + request.getMethod() + " " + request.getUrl()
                    + " with Authorization " + request.getHeader("Authorization"));
            ObjectNode echo = body.putObject("request");
            ObjectNode headers = echo.putObject("headers");
            for (HttpHeader h : request.getHeaders().all()) {
                headers.put(h.key(), String.join(", ", h.values()));
            }
            echo.put("body", request.getBodyAsString());
            String auth = request.getHeader("Authorization");
            var answer = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString())
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"rejected: " + auth + "\"")
                    .withHeader("X-Echo-Authorization", auth == null ? "" : auth);
            if (status == 429) {
                answer.withHeader("Retry-After", "0");
            }
            return answer.build();
        }
    }
}
