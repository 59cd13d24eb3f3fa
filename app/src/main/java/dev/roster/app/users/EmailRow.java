package dev.roster.app.users;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One of the repeated email fields of the create-user dialog. */
public final class EmailRow {
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty type = new SimpleStringProperty(this, "type", "work");
    private final BooleanProperty primary = new SimpleBooleanProperty(this, "primary");

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public BooleanProperty primaryProperty() {
        return primary;
    }
}
