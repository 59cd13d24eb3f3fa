package dev.roster.app.cli;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;

/** Runs one CLI invocation; in-process for tests, {@link #main} for the real process. */
public final class Cli {
    private Cli() {
    }

    public static int execute(CliContext context, String... args) {
        CommandLine commandLine = new CommandLine(RosterCommand.class, factory(context));
        ErrorReporter reporter = new ErrorReporter(context);
        commandLine.setOut(new java.io.PrintWriter(context.out(), true));
        commandLine.setErr(new java.io.PrintWriter(context.err(), true));
        commandLine.setExecutionExceptionHandler(reporter);
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler: an Error would end the process with an undocumented 1
            return reporter.report(e);
        }
    }

    /** How long Ctrl-C waits for other processes' calls to a Sandbox this process runs before halting. */
    static final Duration SANDBOX_STOP = Duration.ofSeconds(5);

    /**
     * The real process. Ctrl-C while a command runs: a Sandbox this process runs is stopped first (other
     * processes' calls in flight finish, theirs then find it gone and start or find another, bounded by
     * {@link #SANDBOX_STOP}), temporary files are removed, the interruption is reported in the error shape
     * and the exit code is 5.
     */
    public static void main(String[] args) {
        CliContext context = CliContext.system();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread onInterrupt = new Thread(() -> {
            if (running.get()) {
                context.stopBeforeHalt(SANDBOX_STOP);
                context.tempFiles().discardAll();
                new ErrorReporter(context).interrupted("interrupted: temporary files removed, targets left as they were");
                Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
            }
        }, "roster-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        int code = execute(context, args);
        running.set(false);
        context.out().flush();
        System.exit(code);
    }

    private static CommandLine.IFactory factory(CliContext context) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                        constructor.setAccessible(true);
                        return type.cast(constructor.newInstance(context));
                    }
                }
                return defaults.create(type);
            }
        };
    }
}
