package dev.roster.connectors.sandbox;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.LocalProblems;
import dev.roster.connectors.ErrorKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sandboxes one connector provider uses, one per home directory, shared by every connection to it and
 * stopped (cleanly, with a snapshot) when the last one closes. A home whose server runs in another process is
 * reached through that process's endpoint. Each home has its own lock: starting one home's server, or waiting
 * for another process to publish one, never holds up the others.
 */
final class SandboxServers {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServers.class);
    private static final long RETRY_MILLIS = 20;

    private final Map<Path, Home> homes = new ConcurrentHashMap<>();

    /** One user of a Sandbox; {@link #close()} gives it back. */
    static final class Lease implements AutoCloseable {
        private final Home home;
        private final Shared shared;
        private boolean closed;

        private Lease(Home home, Shared shared) {
            this.home = home;
            this.shared = shared;
        }

        SandboxEndpoint endpoint() {
            return shared.endpoint;
        }

        /** The server runs in another process, which may end before this lease does. */
        boolean borrowed() {
            return shared.server == null;
        }

        /**
         * Passes the home's gate for one call: null when this lease's server has stopped (its process ended or
         * is ending) and the lease must be renewed; otherwise the server answers until the pass is closed.
         */
        SandboxGate.Pass enter() {
            try {
                SandboxGate.Pass pass = SandboxGate.of(home.dir).enter();
                if (!borrowed() || shared.endpoint.stillPublished(home.dir)) {
                    return pass;
                }
                pass.close();
                return null;
            } catch (IOException e) {
                throw DirectoryException.local(ErrorCode.LOCAL_PROBLEM, "Cannot reach the Sandbox in " + home.dir,
                        LocalProblems.reason(e), String.valueOf(e), e);
            }
        }

        /** What the start of this lease's server recovered from or lost; said once, to the first lease that asks. */
        List<String> takeWarnings() {
            return home.takeWarnings(shared);
        }

        @Override
        public void close() {
            synchronized (home) {
                if (!closed) {
                    closed = true;
                    home.release(shared);
                }
            }
        }
    }

    private static final class Shared {
        private final SandboxServer server;
        private final SandboxEndpoint endpoint;
        private final List<String> warnings;
        private int users;

        Shared(SandboxServer server, SandboxEndpoint endpoint) {
            this.server = server;
            this.endpoint = endpoint;
            this.warnings = new ArrayList<>(server == null ? List.of() : server.warnings());
        }
    }

    /** One home as this provider sees it: the server it runs or borrows, if any. */
    private static final class Home {
        private final Path home;
        private final Path dir;
        private Shared current;

        Home(Path home) {
            this.home = home;
            this.dir = home.resolve("sandbox");
        }

        synchronized Lease lease() {
            if (current == null) {
                current = open();
            }
            current.users++;
            return new Lease(this, current);
        }

        synchronized Lease renew(Lease stale) {
            if (current == stale.shared) {
                current = null;
            }
            stale.close();
            return lease();
        }

        synchronized List<String> takeWarnings(Shared shared) {
            List<String> taken = List.copyOf(shared.warnings);
            shared.warnings.clear();
            return taken;
        }

        /** Stops the server this process runs here, if any, for every lease; they renew if they call again. */
        void stopOwned() {
            Shared owned;
            synchronized (this) {
                owned = current;
                if (owned == null || owned.server == null) {
                    return;
                }
                current = null;
            }
            try {
                // outside the monitor: a lease closing meanwhile must not wait for the gate with it held
                owned.server.close();
            } catch (IOException e) {
                LOG.warn("Sandbox in {} did not close cleanly: {}", home, e.getMessage());
            }
        }

        /** Called with this home's monitor held. */
        void release(Shared shared) {
            if (--shared.users > 0) {
                return;
            }
            if (current == shared) {
                current = null;
            }
            if (shared.server != null) {
                try {
                    shared.server.close();
                } catch (IOException e) {
                    // every acknowledged write is already in the journal; only the snapshot is missing
                    LOG.warn("Sandbox in {} did not close cleanly: {}", home, e.getMessage());
                }
            }
        }

        /**
         * Starts the server here, or uses the one another process runs. While that process is starting it, or
         * stopping it, there is no live endpoint: wait (bounded) and try again, since the lock may be free by then.
         */
        private Shared open() {
            long deadline = System.currentTimeMillis() + SandboxGate.WAIT_MILLIS;
            try {
                while (true) {
                    try {
                        SandboxServer server = SandboxServer.start(home);
                        return new Shared(server, server.endpoint());
                    } catch (SandboxServer.InUse elsewhere) {
                        SandboxEndpoint published = SandboxEndpoint.read(dir);
                        if (published != null && published.publisherAlive()) {
                            return new Shared(null, published);
                        }
                    }
                    if (System.currentTimeMillis() > deadline) {
                        throw DirectoryException.coded(ErrorKind.TRANSPORT, ErrorCode.SANDBOX_HELD_ELSEWHERE,
                                dir, SandboxGate.WAIT_MILLIS / 1000);
                    }
                    Thread.sleep(RETRY_MILLIS);
                }
            } catch (IOException e) {
                // a Sandbox file that cannot be read or written is this machine's problem, not the wire's
                throw DirectoryException.local(ErrorCode.LOCAL_PROBLEM, "Cannot start the Sandbox in " + home,
                        LocalProblems.reason(e), String.valueOf(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DirectoryException.caused(ErrorKind.TRANSPORT, e, ErrorCode.SANDBOX_WAIT_INTERRUPTED, dir);
            }
        }
    }

    Lease acquire(Path home) {
        Path key = home.toAbsolutePath().normalize();
        return homes.computeIfAbsent(key, Home::new).lease();
    }

    /**
     * A lease whose server stopped (its process ended): forgets that server for every connection of this
     * provider and acquires the home again, which starts the Sandbox here (the lock is free again) or finds
     * the endpoint another process published since.
     */
    Lease renew(Lease stale) {
        return stale.home.renew(stale);
    }

    /**
     * Before the process halts (Ctrl-C, SIGTERM): stops every server it runs as a clean close does, so the
     * calls of other processes in flight finish through the gate and theirs find the endpoint withdrawn
     * before they send anything. Gives up after {@code bound}: the halt then cuts those calls off, as a kill would.
     */
    void stopOwned(Duration bound) {
        Thread stopper = Thread.ofPlatform().daemon().name("sandbox-stop").unstarted(
                () -> homes.values().forEach(Home::stopOwned));
        stopper.start();
        try {
            if (!stopper.join(bound)) {
                LOG.warn("the Sandbox did not stop within {} s; halting anyway", bound.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
