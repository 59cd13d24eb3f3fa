package dev.roster.app.connections;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.trace.ExchangeLog;

/**
 * The connection being browsed: its open directory and what the console learnt during this session
 * (results by exchange, for the inspector's format tabs). Replaced, and closed, when another is selected.
 */
public final class Session implements AutoCloseable {
    private final String name;
    private final UnifiedDirectory directory;
    private final ResultMemory results = new ResultMemory();

    public Session(String name, UnifiedDirectory directory) {
        this.name = name;
        this.directory = directory;
    }

    public String name() {
        return name;
    }

    public UnifiedDirectory directory() {
        return directory;
    }

    public Capabilities capabilities() {
        return directory.capabilities();
    }

    public ExchangeLog exchanges() {
        return directory.exchanges();
    }

    public String providerId() {
        return directory.provider().id();
    }

    public ResultMemory results() {
        return results;
    }

    @Override
    public void close() {
        directory.close();
    }
}
