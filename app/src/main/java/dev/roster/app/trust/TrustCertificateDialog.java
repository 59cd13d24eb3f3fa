package dev.roster.app.trust;

import dev.roster.app.ui.Messages;
import dev.roster.connectors.tls.PresentedCertificate;
import dev.roster.connectors.tls.TlsFailures;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "The server's certificate is not trusted": its SHA-256 fingerprint, subject, issuer and expiry (selectable,
 * to compare with what the server's administrator says), and two answers: "Trust this certificate for
 * &lt;connection&gt;" or Cancel. Cancel is the default: Enter must not trust by accident. Trusting pins this
 * one certificate for this one connection; the server's name is still checked.
 */
public final class TrustCertificateDialog implements TrustPrompt {
    private final Messages messages;
    private final Supplier<Window> owner;

    public TrustCertificateDialog(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void ask(String connection, PresentedCertificate certificate, Consumer<Boolean> answered) {
        ButtonType trust = new ButtonType(messages.get("trust.dialog.trust", connection), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, trust, cancel);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(messages.get("trust.dialog.title"));
        alert.setHeaderText(messages.get("trust.dialog.header", connection));
        alert.setResizable(true);
        alert.getDialogPane().setId("trust-certificate");
        alert.getDialogPane().setContent(content(certificate));
        Button trustButton = (Button) alert.getDialogPane().lookupButton(trust);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        trustButton.setId("trust-certificate-trust");
        cancelButton.setId("trust-certificate-cancel");
        trustButton.setDefaultButton(false);
        cancelButton.setDefaultButton(true);
        alert.setOnHidden(e -> answered.accept(alert.getResult() == trust));
        alert.show();
    }

    private VBox content(PresentedCertificate c) {
        GridPane grid = new GridPane(8, 6);
        row(grid, 0, "trust.dialog.fingerprint", c.fingerprint(), "trust-certificate-fingerprint");
        row(grid, 1, "trust.dialog.subject", c.subject(), "trust-certificate-subject");
        row(grid, 2, "trust.dialog.issuer", c.issuer(), "trust-certificate-issuer");
        row(grid, 3, "trust.dialog.expires", TlsFailures.expiry(c), "trust-certificate-expires");
        row(grid, 4, "trust.dialog.names", c.names(), "trust-certificate-names");
        Label intro = wrapped(messages.get("trust.dialog.intro"));
        Label note = wrapped(messages.get("trust.dialog.note"));
        note.getStyleClass().add("secondary");
        VBox box = new VBox(10, intro, grid, note);
        box.setPrefWidth(620);
        return box;
    }

    private void row(GridPane grid, int row, String labelKey, String value, String id) {
        Label label = new Label(messages.get(labelKey));
        // a read-only field: the fingerprint can be selected and copied to compare
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        label.setLabelFor(field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label, field);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
