package dev.roster.connectors.google;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.auth.http.HttpTransportFactory;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.ApiResponse;
import dev.roster.connectors.http.HttpTransport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * google-auth's token requests sent through Roster's own transport: the token endpoint is then traced like
 * every other call (the assertion and the access token masked), its TLS settings are the connection's, and
 * a refusal arrives as a typed {@link dev.roster.connectors.DirectoryException}, which passes through
 * google-auth untouched (it only catches {@link IOException}s).
 */
final class TokenWire extends com.google.api.client.http.HttpTransport implements HttpTransportFactory {
    private final HttpTransport transport;

    TokenWire(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public com.google.api.client.http.HttpTransport create() {
        return this;
    }

    @Override
    protected LowLevelHttpRequest buildRequest(String method, String url) {
        return new Request(method, URI.create(url));
    }

    private final class Request extends LowLevelHttpRequest {
        private final String method;
        private final URI uri;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();

        Request(String method, URI uri) {
            this.method = method;
            this.uri = uri;
        }

        @Override
        public void addHeader(String name, String value) {
            headers.add(Map.entry(name, value));
        }

        @Override
        public LowLevelHttpResponse execute() throws IOException {
            String body = null;
            if (getStreamingContent() != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                getStreamingContent().writeTo(out);
                body = out.toString(StandardCharsets.UTF_8);
            }
            ApiRequest request = ApiRequest.of(method, uri, body);
            if (getContentType() != null) {
                request = request.withHeader("Content-Type", getContentType());
            }
            for (Map.Entry<String, String> header : headers) {
                // the transport sets its own User-Agent, and reads bodies as they come: no gzip asked for
                if (!header.getKey().equalsIgnoreCase("user-agent") && !header.getKey().equalsIgnoreCase("accept-encoding")) {
                    request = request.withHeader(header.getKey(), header.getValue());
                }
            }
            return new Response(transport.send(request));
        }
    }

    private static final class Response extends LowLevelHttpResponse {
        private final ApiResponse response;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();

        Response(ApiResponse response) {
            this.response = response;
            response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getContentEncoding() {
            return null; // the JDK client hands over the body decoded
        }

        @Override
        public long getContentLength() {
            return response.body() == null ? 0 : response.body().getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        public String getContentType() {
            return response.header("content-type").orElse(null);
        }

        @Override
        public String getStatusLine() {
            return "HTTP/1.1 " + response.status();
        }

        @Override
        public int getStatusCode() {
            return response.status();
        }

        @Override
        public String getReasonPhrase() {
            return null;
        }

        @Override
        public int getHeaderCount() {
            return headers.size();
        }

        @Override
        public String getHeaderName(int index) {
            return headers.get(index).getKey();
        }

        @Override
        public String getHeaderValue(int index) {
            return headers.get(index).getValue();
        }
    }
}
