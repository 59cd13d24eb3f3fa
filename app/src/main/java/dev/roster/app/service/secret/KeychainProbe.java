package dev.roster.app.service.secret;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Asks for the OS keychain once and remembers the answer (a store, or the no-keychain store with its
 * reason): a D-Bus round trip, or its timeout when nobody answers, is paid once per process, not at every
 * command or window. The probe itself is a seam, so that a test can count its calls.
 */
final class KeychainProbe {
    private final Supplier<SecretStore> probe;
    private volatile SecretStore store;

    KeychainProbe(Supplier<SecretStore> probe) {
        this.probe = Objects.requireNonNull(probe);
    }

    /** The store, probing on the first call only; callers at once wait for that one probe. */
    SecretStore store() {
        SecretStore known = store;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (store == null) {
                store = Objects.requireNonNull(probe.get(), "the keychain probe answered nothing");
            }
            return store;
        }
    }
}
