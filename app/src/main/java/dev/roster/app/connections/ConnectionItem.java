package dev.roster.app.connections;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One saved connection in the sidebar: name, connector type and its live status. */
public final class ConnectionItem {
    private final String name;
    private final String type;
    private final String typeName;
    private final ObjectProperty<ConnectionStatus> status = new SimpleObjectProperty<>(this, "status", ConnectionStatus.IDLE);
    private final StringProperty detail = new SimpleStringProperty(this, "detail");
    private final StringProperty warning = new SimpleStringProperty(this, "warning");
    private final ObjectProperty<LastError> lastError = new SimpleObjectProperty<>(this, "lastError");
    private final ObjectProperty<dev.roster.connectors.DirectorySignal.RateLimited> rateLimit =
            new SimpleObjectProperty<>(this, "rateLimit");

    /**
     * The connection's last failure, kept after it recovers: the sentence in full, when, the error's code and the
     * detail (the server's diagnostic, masked at the source like every exception), either of which may be null.
     */
    public record LastError(String text, java.time.Instant at, String code, String detail) {
    }
    private final javafx.beans.property.BooleanProperty insecure = new javafx.beans.property.SimpleBooleanProperty(this, "insecure");

    public ConnectionItem(String name, String type, String typeName) {
        this.name = name;
        this.type = type;
        this.typeName = typeName;
    }

    public String name() {
        return name;
    }

    /** The connector id: sandbox, ldap, okta ... */
    public String type() {
        return type;
    }

    /** The connector's display name, or the id when no such connector is installed. */
    public String typeName() {
        return typeName;
    }

    public ObjectProperty<ConnectionStatus> statusProperty() {
        return status;
    }

    /** Why the status is what it is (the error message), or null. */
    public StringProperty detailProperty() {
        return detail;
    }

    /** What the connector warns about this connection's settings (a password sent in clear), or null. */
    public StringProperty warningProperty() {
        return warning;
    }

    /** The last failure of the connection itself (not of one request), or null while it has had none. */
    public ObjectProperty<LastError> lastErrorProperty() {
        return lastError;
    }

    /** The provider's rate-limit window as last reported (limit, remaining, reset; any part may be null), or null. */
    public ObjectProperty<dev.roster.connectors.DirectorySignal.RateLimited> rateLimitProperty() {
        return rateLimit;
    }

    void failed(LastError error) {
        lastError.set(error);
    }

    void rateLimit(dev.roster.connectors.DirectorySignal.RateLimited window) {
        rateLimit.set(window);
    }

    /** Whether it goes without encryption to another machine (allowed by allow_insecure=true): the sidebar marks it. */
    public javafx.beans.property.ReadOnlyBooleanProperty insecureProperty() {
        return insecure;
    }

    ConnectionItem insecure(boolean value) {
        insecure.set(value);
        return this;
    }

    void warning(String text) {
        warning.set(text);
    }

    void status(ConnectionStatus value, String why) {
        status.set(value);
        detail.set(why);
    }

    @Override
    public String toString() {
        return name;
    }
}
