package dev.roster.connectors.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads provider fixtures from {@code src/test/resources/fixtures/<provider>/}. */
final class Fixtures {

    private Fixtures() {
    }

    static String read(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with the provider's real base URL pointed at the stub server. */
    static String read(String path, String realBaseUrl, String stubBaseUrl) {
        return read(path).replace(realBaseUrl, stubBaseUrl);
    }
}
