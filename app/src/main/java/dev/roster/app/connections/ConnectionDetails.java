package dev.roster.app.connections;

import dev.roster.app.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A connection's details, live: its status and the reason, the last error in full with when it happened (kept
 * after the connection recovers), the error's code and detail, and the rate-limit window as last reported.
 * Shown in a pop-over from the sidebar's Details button.
 */
final class ConnectionDetails {
    private ConnectionDetails() {
    }

    static VBox of(ConnectionItem item, Messages messages) {
        Label title = label("details-title", Bindings.createStringBinding(() -> item.name() + " (" + item.typeName() + ") \u00b7 "
                + messages.get(item.statusProperty().get().messageKey()), item.statusProperty()));
        title.getStyleClass().add("pane-title");
        Label time = label("details-error-time", Bindings.createStringBinding(
                () -> StatusTexts.errorTime(item.lastErrorProperty().get(), messages), item.lastErrorProperty()));
        time.getStyleClass().add("secondary");
        Label text = label("details-error-text", Bindings.createStringBinding(
                () -> item.lastErrorProperty().get() == null ? "" : item.lastErrorProperty().get().text(), item.lastErrorProperty()));
        text.getStyleClass().add("error-text");
        Label detail = label("details-error-detail", Bindings.createStringBinding(
                () -> StatusTexts.errorDetail(item.lastErrorProperty().get(), messages), item.lastErrorProperty()));
        detail.getStyleClass().addAll("mono", "secondary");
        Label limit = label("details-rate-limit", Bindings.createStringBinding(() -> {
            String known = StatusTexts.rateLimit(item.rateLimitProperty().get(), messages);
            return known == null ? messages.get("connections.rateLimit.unknown") : known;
        }, item.rateLimitProperty()));
        VBox box = new VBox(6, title, time, text, detail, limit);
        box.setId("connection-details");
        box.getStyleClass().add("connection-details");
        box.setPrefWidth(420);
        box.setMaxWidth(520);
        return box;
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
