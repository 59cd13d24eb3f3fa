package dev.roster.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save a file. The console asks with the platform's save dialog; a headless test (where no
 * native dialog can open) passes its own answer to the composition root.
 */
@FunctionalInterface
public interface SaveDialog {
    /** The file chosen, or empty when the person cancelled. */
    Optional<Path> ask(Window owner, String title, String suggestedName);

    static SaveDialog fileChooser() {
        return (owner, title, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
