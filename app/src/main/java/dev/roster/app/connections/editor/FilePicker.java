package dev.roster.app.connections.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks for a file to open or save. The console asks with the platform's dialogs; a headless test (where no
 * native dialog can open) answers itself.
 */
public interface FilePicker {
    /** An existing file chosen, or empty when the person cancelled. */
    Optional<Path> open(Window owner, String title);

    /** A file to write, or empty when the person cancelled. */
    Optional<Path> save(Window owner, String title, String suggestedName);

    static FilePicker fileChooser() {
        return new FilePicker() {
            @Override
            public Optional<Path> open(Window owner, String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
