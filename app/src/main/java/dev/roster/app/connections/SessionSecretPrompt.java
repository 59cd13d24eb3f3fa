package dev.roster.app.connections;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.Connections;
import dev.roster.app.service.secret.SecretStore;
import dev.roster.app.service.secret.SessionSecretStore;
import dev.roster.app.ui.form.SecretPrompter;
import dev.roster.app.ui.task.TaskContext;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.SettingSpec;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where there is no OS keychain, the console asks for a connection's {@code keychain} secrets once per
 * session, before the connection is opened or tested, and keeps them in the session's memory
 * ({@link SessionSecretStore}); a second open asks nothing. A secret the directory refused (authentication)
 * is forgotten, so the next try asks again. With a keychain nothing is asked.
 *
 * <p>Call {@link #ensure} on a worker (it reads the connections file, may wait for the keychain probe, and
 * waits for the person's answer); the question itself is put on the UI thread.
 */
public final class SessionSecretPrompt {
    /** How often a waiting worker looks whether its task was cancelled (the window closed). */
    private static final long CHECK_CANCEL_SECONDS = 1;

    private final Connections connections;
    private final SessionSecretStore secrets;
    private final SecretPrompter prompter;
    private final TaskRunner runner;

    public SessionSecretPrompt(Connections connections, SessionSecretStore secrets, SecretPrompter prompter, TaskRunner runner) {
        this.connections = connections;
        this.secrets = secrets;
        this.prompter = prompter;
        this.runner = runner;
    }

    /** Nothing asked, ever: for windows and tests that have no one to ask. */
    public static SessionSecretPrompt none(Connections connections) {
        return new SessionSecretPrompt(connections, null, q -> Optional.empty(), null);
    }

    /**
     * On a worker, before {@code connections.open(name)} or {@code connections.test(name)}: asks for each
     * {@code keychain} secret of {@code name} this session does not hold and keeps it in memory. Cancelling the
     * question fails with SECRET_NOT_ENTERED (nothing was sent).
     */
    public void ensure(String name, TaskContext ctx) throws InterruptedException {
        if (secrets == null) {
            return;
        }
        for (String key : connections.secretsToAsk(name)) {
            SecretPrompter.Question question = new SecretPrompter.Question(name, key, label(name, key),
                    secrets.base().description());
            Optional<char[]> typed = askOnUi(question, ctx);
            if (typed.isEmpty() || typed.get().length == 0) {
                typed.ifPresent(SecretStore::wipe);
                throw DirectoryException.invalid(ErrorCode.SECRET_NOT_ENTERED, key);
            }
            secrets.put(name, key, typed.get());
        }
    }

    /**
     * After a failed open or test: a secret this session holds for {@code name} that the directory refused
     * (an authentication error) is forgotten, so that the next try asks for it again.
     */
    public void failed(String name, Throwable error) {
        if (secrets == null) {
            return;
        }
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DirectoryException d && d.kind() == ErrorKind.AUTHENTICATION) {
                secrets.forget(name);
                return;
            }
        }
    }

    private Optional<char[]> askOnUi(SecretPrompter.Question question, TaskContext ctx) throws InterruptedException {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        runner.onUi(() -> {
            try {
                answer.complete(prompter.ask(question));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        while (true) {
            try {
                return answer.get(CHECK_CANCEL_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException stillAsking) {
                if (ctx.isCancelled()) {
                    answer.thenAccept(late -> late.ifPresent(SecretStore::wipe));
                    throw new CancellationException("no longer asking for the secret " + question.key());
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /** The connector's label for the setting ("Bind password"), else its key. */
    private String label(String name, String key) {
        ConnectionProfile profile = connections.store().require(name);
        return connections.registry().find(profile.type()).flatMap(p -> p.settings().stream()
                        .filter(s -> s.key().equals(key)).findFirst()).map(SettingSpec::label).orElse(key);
    }
}
