package dev.roster.app.trust;

import dev.roster.connectors.tls.PresentedCertificate;

/**
 * Asks the person whether to trust the certificate a connection's server presented. Asynchronous: once the
 * question closes, {@code answered} gets true for "trust", false for Cancel or a closed window. The console
 * shows {@link TrustCertificateDialog}; a test may answer itself.
 */
@FunctionalInterface
public interface TrustPrompt {
    void ask(String connection, PresentedCertificate certificate, java.util.function.Consumer<Boolean> answered);
}
