package dev.roster.app.cli;

import dev.roster.connectors.ErrorKind;

/** The CLI's exit codes, which scripts branch on; documented in README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int REMOTE = 3;
    public static final int TRANSPORT = 4;
    public static final int INTERRUPTED = 5;
    /** This machine: a home file damaged or unreadable, the disk full, out of memory. */
    public static final int LOCAL = 6;

    private ExitCodes() {
    }

    public static int of(ErrorKind kind) {
        return switch (kind) {
            case VALIDATION -> USAGE;
            case AUTHENTICATION, PERMISSION, NOT_FOUND, CONFLICT, RATE_LIMITED, REMOTE -> REMOTE;
            case TRANSPORT, PROTOCOL, UNKNOWN_OUTCOME -> TRANSPORT;
            case LOCAL -> LOCAL;
        };
    }
}
