package dev.roster.app.connections;

/** What the sidebar shows next to a connection; {@code messageKey} names its text. */
public enum ConnectionStatus {
    IDLE("connections.status.idle"),
    CONNECTING("connections.status.connecting"),
    CONNECTED("connections.status.connected"),
    ERROR("connections.status.error"),
    RATE_LIMITED("connections.status.rateLimited");

    private final String messageKey;

    ConnectionStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
