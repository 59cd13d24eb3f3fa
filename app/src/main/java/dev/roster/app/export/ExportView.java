package dev.roster.app.export;

import dev.roster.app.service.export.ExportFormat;
import dev.roster.app.ui.form.DialogBits;
import dev.roster.app.ui.Messages;
import java.io.File;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;

/** The export dialog: scope, members, format, file, progress, cancel. Wiring only. */
public final class ExportView {
    private final ExportViewModel viewModel;
    private final Messages messages;
    @FXML private RadioButton shown;
    @FXML private RadioButton all;
    @FXML private CheckBox members;
    @FXML private ComboBox<ExportFormat> format;
    @FXML private TextField file;
    @FXML private Button browse;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Button export;
    @FXML private Button cancel;
    @FXML private Button close;

    public ExportView(ExportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        ToggleGroup scope = new ToggleGroup();
        shown.setToggleGroup(scope);
        all.setToggleGroup(scope);
        shown.setText(messages.get("export.scope.shown", viewModel.shownCount()));
        shown.setUserData(ExportViewModel.Scope.SHOWN);
        all.setUserData(ExportViewModel.Scope.ALL);
        scope.selectToggle(viewModel.scopeProperty().get() == ExportViewModel.Scope.ALL ? all : shown);
        scope.selectedToggleProperty().addListener((o, was, now) ->
                viewModel.scopeProperty().set((ExportViewModel.Scope) now.getUserData()));
        members.selectedProperty().bindBidirectional(viewModel.withMembersProperty());
        format.setItems(FXCollections.observableArrayList(ExportFormat.values()));
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        // The path can be typed (or pasted) as well as browsed for; the view model adds a missing extension.
        file.textProperty().bindBidirectional(viewModel.pathProperty());
        browse.setOnAction(e -> choose());
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        status.textProperty().bind(viewModel.statusProperty());
        export.disableProperty().bind(viewModel.cannotStart());
        export.setOnAction(e -> viewModel.export(summary -> { }));
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        close.setOnAction(e -> {
            viewModel.cancel();
            DialogBits.close(close);
        });
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.choose"));
        ExportFormat f = viewModel.formatProperty().get();
        chooser.setInitialFileName("groups" + f.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*" + f.extension()));
        File chosen = chooser.showSaveDialog(file.getScene().getWindow());
        if (chosen != null) {
            viewModel.choose(chosen.toPath());
        }
    }
}
