package dev.roster.connectors.google;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.fakes.GoogleFake;
import dev.roster.connectors.trace.ExchangeLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connections to a {@link GoogleFake} for the connector's own tests: a key file in a temporary folder, a
 * clock the test moves (for token ages), a sleeper that only records (no test really waits to retry).
 */
final class GoogleTestConnections implements AutoCloseable {
    final GoogleFake fake;
    final Path folder;
    final Path keyFile;
    final ExchangeLog log = new ExchangeLog(List.of());
    final List<Duration> sleeps = new ArrayList<>();
    final MovableClock clock = new MovableClock(Instant.now());

    GoogleTestConnections(int groups, int users) {
        fake = GoogleFake.start(groups, users);
        try {
            folder = Files.createTempDirectory("google-test");
            keyFile = fake.writeKeyFile(folder.resolve("key.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fake.clock(clock);
    }

    ConnectionSettings settings(Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("base_url", fake.baseUrl(), "service_account_key_file", keyFile.toString(),
                "subject", GoogleFake.ADMIN));
        values.putAll(more);
        return new ConnectionSettings("google-test", values, Map.of());
    }

    DirectoryConnector connect(Map<String, String> more) {
        return connect(settings(more));
    }

    DirectoryConnector connect(ConnectionSettings settings) {
        return new GoogleConnectorProvider().connect(settings, log, clock, sleeps::add);
    }

    @Override
    public void close() {
        fake.close();
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
