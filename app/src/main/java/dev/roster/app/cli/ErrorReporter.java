package dev.roster.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.app.service.secret.SecretStoreException;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.LocalProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Every failure ends here: the JSON error shape on stderr (a plain sentence first when a person is at the
 * terminal) and the documented exit code.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final CliContext context;

    ErrorReporter(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(ex);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        DirectoryException usage = DirectoryException.validation(ex.getMessage());
        print(usage.toJson(), ex.getMessage() + " (see 'roster " + ex.getCommandLine().getCommandSpec().qualifiedName(" ")
                .replaceFirst("^roster ?", "") + " --help')");
        return ExitCodes.USAGE;
    }

    int report(Throwable ex) {
        Throwable cause = unwrap(ex);
        if (cause instanceof WalkStopped stopped) {
            DirectoryException failure = stopped.failure();
            ObjectNode json = failure.toJson();
            String human = failure.getMessage();
            if (stopped.resumeCursor() != null) {
                json.put("next_cursor", stopped.resumeCursor());
                human += "; resume with --cursor " + stopped.resumeCursor();
            }
            print(json, human);
            return ExitCodes.of(failure.kind());
        }
        if (cause instanceof DirectoryException directory) {
            print(directory.toJson(), directory.getMessage());
            return ExitCodes.of(directory.kind());
        }
        if (cause instanceof CancellationException || cause instanceof InterruptedException) {
            interrupted(cause.getMessage() == null ? "interrupted" : cause.getMessage());
            return ExitCodes.INTERRUPTED;
        }
        if (cause instanceof SecretStoreException || cause instanceof IllegalArgumentException) {
            DirectoryException usage = DirectoryException.validation(cause.getMessage());
            print(usage.toJson(), cause.getMessage());
            return ExitCodes.USAGE;
        }
        if (cause instanceof UncheckedIOException || cause instanceof IOException) {
            // a home file, the disk: this machine's problem, never the directory's or the wire's
            String what = cause.getMessage() == null ? "a file of Roster's home" : firstClause(cause.getMessage());
            DirectoryException local = DirectoryException.local(ErrorCode.LOCAL_PROBLEM, what, LocalProblems.reason(cause),
                    String.valueOf(cause.getCause() != null ? cause.getCause() : cause), cause);
            print(local.toJson(), local.getMessage());
            return ExitCodes.LOCAL;
        }
        if (cause instanceof OutOfMemoryError) {
            DirectoryException memory = DirectoryException.coded(ErrorKind.LOCAL, ErrorCode.OUT_OF_MEMORY);
            print(memory.toJson(), memory.getMessage());
            return ExitCodes.LOCAL;
        }
        DirectoryException unexpected = DirectoryException.of(ErrorKind.PROTOCOL, "unexpected failure: " + cause);
        print(unexpected.toJson(), unexpected.getMessage());
        cause.printStackTrace(context.err());
        return ExitCodes.TRANSPORT;
    }

    void interrupted(String message) {
        ObjectNode json = DirectoryException.of(ErrorKind.TRANSPORT, message).toJson();
        json.put("statusCode", 499);
        json.put("error", "Interrupted");
        print(json, message);
    }

    private void print(ObjectNode json, String human) {
        // the detail (the server's diagnostic, a parser's or the OS's words) goes to the log as well as raw_response
        LOG.warn("{} [{}] raw_response: {}", human, json.path("code").asText(json.path("error").asText()),
                json.path("raw_response").isNull() ? "-" : json.path("raw_response").asText());
        if (context.stderrTerminal()) {
            context.err().println("roster: " + human);
        }
        context.err().println(json.toString());
        context.err().flush();
    }

    /** "cannot write X: No space left" -> "cannot write X": the OS's words are the detail, not the sentence. */
    private static String firstClause(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(0, colon);
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable t = ex;
        while ((t instanceof CommandLine.ExecutionException || t instanceof java.lang.reflect.InvocationTargetException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
