package dev.roster.app.users;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One of the repeated phone fields of the create-user dialog; type is {@code phone} or {@code mobile}. */
public final class PhoneRow {
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final StringProperty type = new SimpleStringProperty(this, "type", "mobile");
    private final StringProperty extension = new SimpleStringProperty(this, "extension", "");

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty extensionProperty() {
        return extension;
    }
}
