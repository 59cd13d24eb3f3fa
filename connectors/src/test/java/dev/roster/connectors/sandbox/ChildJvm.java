package dev.roster.connectors.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test's child JVM (on the test class path) whose stdout is read by a daemon thread into a queue, so the
 * test waits for a line with a timeout and a hung child fails the test instead of hanging the build.
 */
final class ChildJvm implements AutoCloseable {
    /** How long a child may take for any one line or to end: generous, for a loaded build machine. */
    static final long WAIT_SECONDS = 60;
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::pump, "child-" + process.pid() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> main, String... args) throws IOException {
        return start(List.of(), main, args);
    }

    /** The child with the given umask (only a shell can set it: Java has no call for it), e.g. "0277". */
    static ChildJvm startWithUmask(String umask, Class<?> main, String... args) throws IOException {
        return start(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""), main, args);
    }

    private static ChildJvm start(List<String> prefix, Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    private void pump() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed: its output simply ends
        } finally {
            lines.add(END);
        }
    }

    /** The lines the child printed before {@code last} (excluded), which must come within the wait. */
    List<String> linesUntil(String last) throws InterruptedException {
        List<String> before = new ArrayList<>();
        while (true) {
            String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("child " + process.pid() + " printed nothing for " + WAIT_SECONDS + " s after " + before);
            }
            if (line.equals(last) || line.equals(END)) {
                return before;
            }
            before.add(line);
        }
    }

    /** Waits (bounded) for the child to end and returns its exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("child " + process.pid() + " did not end within " + WAIT_SECONDS + " s");
        }
        return process.exitValue();
    }

    /** Asks the child to end (SIGTERM: its shutdown hooks run, as on Ctrl-C). */
    void terminate() {
        process.destroy();
    }

    /** Kills the child (SIGKILL: no shutdown hook runs) and waits, bounded, until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("child " + process.pid() + " survived SIGKILL for " + WAIT_SECONDS + " s");
        }
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while ending a child JVM", e));
        }
    }
}
