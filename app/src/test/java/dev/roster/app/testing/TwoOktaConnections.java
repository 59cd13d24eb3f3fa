package dev.roster.app.testing;

import dev.roster.app.service.Connections;
import dev.roster.app.service.SecretSource;
import dev.roster.connectors.fakes.OktaFake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * A home with two Okta connections and no Sandbox: {@code okta} to an {@link OktaFake} (selected on a new home,
 * being the first), and {@code unreachable} (after it in the list) to a port on this machine where nothing listens.
 */
public final class TwoOktaConnections {
    public static final Map<String, String> ENV = Map.of("OKTA_TOKEN", OktaFake.TOKEN);
    public static final String OKTA = "okta";
    public static final String DOWN = "unreachable";

    private TwoOktaConnections() {
    }

    /** Adds both to {@code home}; returns the closed port {@code unreachable} points at. */
    public static int add(Path home, OktaFake fake) {
        int closed = closedPort();
        Connections connections = ConsoleFixture.connections(home, ENV);
        connections.add(OKTA, "okta", Map.of("base_url", fake.baseUrl()), Map.of("token", new SecretSource.Env("OKTA_TOKEN")), key -> null);
        connections.add(DOWN, "okta", Map.of("base_url", "http://127.0.0.1:" + closed),
                Map.of("token", new SecretSource.Env("OKTA_TOKEN")), key -> null);
        connections.remove("sandbox");
        return closed;
    }

    /** A port that was free a moment ago and is closed now: connecting to it is refused. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
