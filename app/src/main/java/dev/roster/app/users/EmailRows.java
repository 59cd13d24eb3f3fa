package dev.roster.app.users;

import dev.roster.app.ui.Messages;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The controls of one repeated email or phone row, bound to its row object; part of the create-user view. */
final class EmailRows {
    private EmailRows() {
    }

    /** {@code typed}: whether the connector keeps an email's type; when it does not, no type is offered. */
    static HBox row(EmailRow r, List<EmailRow> all, Messages messages, int index, boolean typed) {
        TextField email = new TextField();
        email.setId("user-email-" + index);
        email.setPromptText(messages.get("users.email.prompt"));
        email.textProperty().bindBidirectional(r.emailProperty());
        CheckBox primary = new CheckBox(messages.get("users.email.primary"));
        primary.selectedProperty().bindBidirectional(r.primaryProperty());
        if (!typed) {
            return line(all, r, messages, email, primary);
        }
        ComboBox<String> type = CreateUserView.choice("work", "home", "other");
        type.setId("user-email-type-" + index);
        type.valueProperty().bindBidirectional(r.typeProperty());
        return line(all, r, messages, email, type, primary);
    }

    static HBox row(PhoneRow r, List<PhoneRow> all, Messages messages, int index) {
        TextField number = new TextField();
        number.setId("user-phone-" + index);
        number.setPromptText(messages.get("users.phone.prompt"));
        number.textProperty().bindBidirectional(r.numberProperty());
        ComboBox<String> type = CreateUserView.choice("mobile", "phone");
        type.valueProperty().bindBidirectional(r.typeProperty());
        TextField extension = new TextField();
        extension.setPromptText(messages.get("users.phone.extension"));
        extension.setPrefColumnCount(5);
        extension.textProperty().bindBidirectional(r.extensionProperty());
        return line(all, r, messages, number, type, extension);
    }

    private static <T> HBox line(List<T> all, T r, Messages messages, TextField main, javafx.scene.Node... rest) {
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("users.row.remove")));
        remove.setOnAction(e -> all.remove(r));
        HBox box = new HBox(6);
        box.getChildren().add(main);
        box.getChildren().addAll(rest);
        box.getChildren().add(remove);
        HBox.setHgrow(main, Priority.ALWAYS);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
