package dev.roster.app.groups;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One server-side list parameter the connector declares (Okta's {@code search}, an LDAP filter ...). */
public final class ParameterField {
    private final String name;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public ParameterField(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
