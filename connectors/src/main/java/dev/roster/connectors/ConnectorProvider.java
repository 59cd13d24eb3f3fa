package dev.roster.connectors;

import dev.roster.connectors.trace.ExchangeLog;
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
}
