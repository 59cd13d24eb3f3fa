package dev.roster.app.trust;

import dev.roster.app.service.trust.TrustStore;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.ErrorText;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.tls.PresentedCertificate;
import dev.roster.connectors.tls.TlsFailures;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the console does with an untrusted-certificate error, wherever it surfaces (the session opening, an
 * operation, a connection test): asks once per certificate shown, and on "trust" adds exactly that
 * certificate to that connection's trust store, off the FX thread, then retries (the connection reopens:
 * its trust is read when it opens). Any other error is left alone. Called on the FX thread.
 */
public final class TrustOffer implements Consumer<Throwable> {
    private final TrustStore store;
    private final TrustPrompt prompt;
    private final TaskRunner runner;
    private final Messages messages;
    private final Consumer<String> retry;
    /** Fingerprints being asked about now: a failure that repeats while the question is open asks once. */
    private final Set<String> asking = new HashSet<>();

    /** {@code retry} gets the connection's name once its certificate is trusted. */
    public TrustOffer(TrustStore store, TrustPrompt prompt, TaskRunner runner, Messages messages, Consumer<String> retry) {
        this.store = store;
        this.prompt = prompt;
        this.runner = runner;
        this.messages = messages;
        this.retry = retry;
    }

    /** The connection and certificate to offer when {@code error} is an untrusted certificate. */
    public static Optional<Offer> of(Throwable error) {
        DirectoryException d = ErrorText.directory(error);
        Optional<PresentedCertificate> certificate = TlsFailures.untrusted(error);
        if (d == null || certificate.isEmpty() || d.code().filter(c -> c == ErrorCode.TLS_CERTIFICATE_UNTRUSTED).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Offer(d.arguments().get(5), certificate.get()));
    }

    public record Offer(String connection, PresentedCertificate certificate) {
    }

    @Override
    public void accept(Throwable error) {
        of(error).ifPresent(offer -> {
            if (!asking.add(offer.certificate().fingerprint())) {
                return;
            }
            prompt.ask(offer.connection(), offer.certificate(), trusted -> {
                asking.remove(offer.certificate().fingerprint());
                if (trusted) {
                    runner.run(BackgroundTask.of(messages.get("trust.task.add", offer.connection()),
                            ctx -> store.add(offer.connection(), offer.certificate()))
                            .onSuccess(added -> retry.accept(offer.connection())));
                }
            });
        });
    }
}
