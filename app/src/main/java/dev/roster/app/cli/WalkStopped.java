package dev.roster.app.cli;

import dev.roster.connectors.DirectoryException;

/**
 * An {@code --all} walk that a failure stopped after its output was written up to a page boundary: the
 * failure, and the {@code next_cursor} from which the same command resumes (null: from the start). The
 * error on stderr carries that cursor (README, Output).
 */
final class WalkStopped extends RuntimeException {
    private final DirectoryException failure;
    private final String resumeCursor;

    WalkStopped(DirectoryException failure, String resumeCursor) {
        super(failure.getMessage(), failure, false, false);
        this.failure = failure;
        this.resumeCursor = resumeCursor;
    }

    DirectoryException failure() {
        return failure;
    }

    String resumeCursor() {
        return resumeCursor;
    }
}
