package dev.roster.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.Ui;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Password fields are emptied when their window or dialog closes, whichever way it closes. */
@ExtendWith(ApplicationExtension.class)
class SecretFieldsUiTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new VBox(), 200, 100));
        stage.show();
    }

    @Test
    void aStagesFieldsAreClearedWhenItIsHidden() {
        PasswordField first = new PasswordField();
        PasswordField second = new PasswordField();
        Stage[] dialog = new Stage[1];
        Ui.fx(() -> {
            dialog[0] = new Stage();
            dialog[0].initOwner(owner);
            dialog[0].setScene(new Scene(new VBox(first, second)));
            SecretFields.clearOnClose(dialog[0], first, second);
            dialog[0].show();
            first.setText("typed-one");
            second.setText("typed-two");
        });
        Ui.fx(() -> dialog[0].close());
        assertThat(first.getText()).isEmpty();
        assertThat(second.getText()).isEmpty();
    }

    @Test
    void aFieldWiredBeforeItsWindowExistsIsClearedWhenThatWindowCloses() {
        PasswordField field = new PasswordField();
        VBox root = new VBox(field);
        SecretFields.clearOnClose(root, field);
        Stage[] dialog = new Stage[1];
        Ui.fx(() -> {
            dialog[0] = new Stage();
            dialog[0].initOwner(owner);
            dialog[0].setScene(new Scene(root));
            dialog[0].show();
            field.setText("typed");
        });
        Ui.fx(() -> dialog[0].close());
        assertThat(field.getText()).isEmpty();
    }

    @Test
    void aDialogsFieldIsClearedAfterItsResultWasRead() {
        PasswordField field = new PasswordField();
        char[][] result = new char[1][];
        Dialog<char[]>[] dialog = new Dialog[1];
        Ui.fx(() -> {
            dialog[0] = new Dialog<>();
            dialog[0].initOwner(owner);
            dialog[0].getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            dialog[0].getDialogPane().setContent(field);
            dialog[0].setResultConverter(b -> b == ButtonType.OK ? SecretFields.chars(field) : null);
            SecretFields.clearOnClose(dialog[0], field);
            dialog[0].setOnHidden(e -> result[0] = dialog[0].getResult());
            dialog[0].show();
            field.setText("s3cret");
        });
        Ui.fx(() -> ((javafx.scene.control.Button) dialog[0].getDialogPane().lookupButton(ButtonType.OK)).fire());
        assertThat(field.getText()).isEmpty();
        assertThat(result[0]).containsExactly('s', '3', 'c', 'r', 'e', 't');
    }
}
