package dev.roster.connectors;

import dev.roster.connectors.trace.ExchangeLog;
import java.time.Duration;
import java.util.List;

/**
 * A kind of directory Roster can connect to, found by {@link java.util.ServiceLoader}: register an
 * implementation in {@code META-INF/services/dev.roster.connectors.ConnectorProvider}.
 */
public interface ConnectorProvider {

    /** Stable id used in connection profiles and {@code --type}: {@code ldap}, {@code okta} ... */
    String id();

    String displayName();

    /** What a connection of this type must be told; the UI and CLI build their forms from it. */
    List<SettingSpec> settings();

    Capabilities capabilities();

    /**
     * Opens a connector. Nothing is sent until the first operation; every exchange it makes is recorded
     * in {@code log}. Settings that are missing or malformed fail here with a validation error.
     */
    DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log);

    /**
     * Checks the settings a connection is saved with, before its secrets are resolved and without sending
     * anything (local files named by a setting are read): settings that cannot work are a validation error;
     * what the user should know before trusting the connection with a secret (a password sent in clear)
     * comes back as warnings, one sentence each.
     */
    default List<String> review(ConnectionSettings settings) {
        return List.of();
    }

    /**
     * The process is about to halt (Ctrl-C, SIGTERM): stop what this provider runs for other processes too,
     * letting their calls in flight finish first, and give up after about {@code bound}. Most providers run
     * nothing of the kind.
     */
    default void stopBeforeHalt(Duration bound) {
    }
}
