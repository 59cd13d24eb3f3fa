package dev.roster.connectors.sandbox;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.LocalProblems;
import dev.roster.connectors.ErrorKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sandboxes of this process, one per home directory, shared by every connection to it and stopped
 * (cleanly, with a snapshot) when the last one closes. A home whose server runs in another process is
 * reached through that process's endpoint.
 */
final class SandboxServers {
    /** How long to wait for another process that holds the lock to publish its endpoint. */
    private static final long ENDPOINT_WAIT_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServers.class);
    private static final Map<Path, Shared> RUNNING = new HashMap<>();

    private SandboxServers() {
    }

    /** One user of a Sandbox; {@link #close()} gives it back. */
    static final class Lease implements AutoCloseable {
        private final Path home;
        private final Shared shared;
        private boolean closed;

        private Lease(Path home, Shared shared) {
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

        @Override
        public void close() {
            synchronized (RUNNING) {
                if (!closed) {
                    closed = true;
                    release(home, shared);
                }
            }
        }
    }

    private static final class Shared {
        private final SandboxServer server;
        private final SandboxEndpoint endpoint;
        private int users;

        Shared(SandboxServer server, SandboxEndpoint endpoint) {
            this.server = server;
            this.endpoint = endpoint;
        }
    }

    static Lease acquire(Path home) {
        Path key = home.toAbsolutePath().normalize();
        synchronized (RUNNING) {
            Shared shared = RUNNING.get(key);
            if (shared == null) {
                shared = start(key);
                RUNNING.put(key, shared);
            }
            shared.users++;
            return new Lease(key, shared);
        }
    }

    /**
     * A lease whose borrowed server stopped answering (its process ended): forgets that endpoint for every
     * connection of this process and acquires the home again, which starts the Sandbox here (the lock is
     * free again) or finds the endpoint another process published since.
     */
    static Lease renew(Lease stale) {
        synchronized (RUNNING) {
            if (RUNNING.get(stale.home) == stale.shared) {
                RUNNING.remove(stale.home);
            }
            stale.close();
            return acquire(stale.home);
        }
    }

    private static void release(Path key, Shared shared) {
        if (--shared.users > 0) {
            return;
        }
        if (RUNNING.get(key) == shared) {
            RUNNING.remove(key);
        }
        if (shared.server != null) {
            try {
                shared.server.close();
            } catch (IOException e) {
                // every acknowledged write is already in the journal; only the snapshot is missing
                LOG.warn("Sandbox in {} did not close cleanly: {}",
                        key, e.getMessage());
            }
        }
    }

    private static Shared start(Path home) {
        try {
            SandboxServer server = SandboxServer.start(home);
            return new Shared(server, server.endpoint());
        } catch (SandboxServer.InUse elsewhere) {
            return new Shared(null, publishedEndpoint(home.resolve("sandbox")));
        } catch (IOException e) {
            // a Sandbox file that cannot be read or written is this machine's problem, not the wire's
            throw DirectoryException.local(ErrorCode.LOCAL_PROBLEM, "Cannot start the Sandbox in " + home,
                    LocalProblems.reason(e), String.valueOf(e), e);
        }
    }

    private static SandboxEndpoint publishedEndpoint(Path dir) {
        long deadline = System.currentTimeMillis() + ENDPOINT_WAIT_MILLIS;
        try {
            while (true) {
                SandboxEndpoint endpoint = SandboxEndpoint.read(dir);
                if (endpoint != null) {
                    return endpoint;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw DirectoryException.of(ErrorKind.TRANSPORT, "the Sandbox in " + dir
                            + " is locked by another process that has not published its address");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw DirectoryException.of(ErrorKind.TRANSPORT, "cannot read the Sandbox endpoint in " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DirectoryException.of(ErrorKind.TRANSPORT, "interrupted while waiting for the Sandbox in " + dir, e);
        }
    }
}
