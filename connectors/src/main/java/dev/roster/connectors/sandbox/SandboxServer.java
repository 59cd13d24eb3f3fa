package dev.roster.connectors.sandbox;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.SaltedMessageDigestInMemoryPasswordEncoder;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import dev.roster.connectors.files.PrivateFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Sandbox: UnboundID's in-memory directory server on a loopback port, with the standard schema
 * (plus ppolicy's lock attribute), loaded from {@code <home>/sandbox/} and journaling every write there.
 * Only one process runs a home's server, guarded by a file lock; the address goes into
 * {@code endpoint.json} so other processes can connect to it.
 */
final class SandboxServer implements AutoCloseable {
    static final String SERVICE_ACCOUNT = "cn=roster," + DemoOrganisation.SERVICES;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final String LOCKED_TIME_TYPE = "( 1.3.6.1.4.1.42.2.27.8.1.17 NAME 'pwdAccountLockedTime' "
            + "EQUALITY generalizedTimeMatch ORDERING generalizedTimeOrderingMatch "
            + "SYNTAX 1.3.6.1.4.1.1466.115.121.1.24 SINGLE-VALUE USAGE directoryOperation X-ORIGIN 'draft-behera-ldap-password-policy' )";

    /** Another process holds this home's lock: connect to its server through the endpoint file instead. */
    static final class InUse extends IOException {
        InUse(Path dir) {
            super("the Sandbox in " + dir + " is run by another process");
        }
    }

    private final Path dir;
    private final InMemoryDirectoryServer server;
    private final SandboxStore store;
    private final FileChannel lockChannel;
    private final SandboxGate gate;
    private final SandboxEndpoint endpoint;
    private final SandboxStore.Loaded loaded;
    private final List<String> warnings;
    private boolean closed;

    private SandboxServer(Path dir, InMemoryDirectoryServer server, SandboxStore store, FileChannel lockChannel,
                          SandboxGate gate, SandboxEndpoint endpoint, SandboxStore.Loaded loaded, List<String> warnings) {
        this.dir = dir;
        this.server = server;
        this.store = store;
        this.lockChannel = lockChannel;
        this.gate = gate;
        this.endpoint = endpoint;
        this.loaded = loaded;
        this.warnings = List.copyOf(warnings);
    }

    static SandboxServer start(Path home) throws IOException {
        return start(home, DemoOrganisation::entries, SandboxStore.DEFAULT_CHECKPOINT_BYTES);
    }

    static SandboxServer start(Path home, Supplier<List<Entry>> seed, long checkpointBytes) throws IOException {
        long t0 = System.nanoTime();
        Path dir = PrivateFiles.createDirectories(home.resolve("sandbox"));
        FileChannel lockChannel = lock(dir);
        SandboxGate gate = SandboxGate.of(dir);
        SandboxStore store = new SandboxStore(dir, checkpointBytes);
        try {
            // a process killed while running this home left its endpoint behind: withdraw it before anyone uses it
            gate.closed(() -> SandboxEndpoint.delete(dir));
            SandboxStore.deleteTemporaryFiles(dir);
            SandboxCredentials.Owned credentials = SandboxCredentials.loadOrReplace(dir);
            JournalInterceptor journal = new JournalInterceptor();
            MemberOfAttribute memberOf = new MemberOfAttribute(new DN(DemoOrganisation.GROUPS));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config(journal, memberOf));
            SandboxStore.Loaded loaded = store.load(server, seed);
            boolean accountChanged = ensureServiceAccount(server, credentials.password());
            if (loaded.checkpointDue() || accountChanged) {
                store.checkpoint();
            }
            store.openJournal();
            journal.attach(server, store);
            memberOf.attach(server);
            server.startListening();
            SandboxEndpoint endpoint = new SandboxEndpoint("ldap://127.0.0.1:" + server.getListenPort(), SERVICE_ACCOUNT,
                    credentials.password(), DemoOrganisation.BASE, ProcessHandle.current().pid());
            endpoint.write(dir);
            LOG.info("Sandbox in {} started in {} ms from {} ({} entries, {} journal records replayed{})", dir,
                    (System.nanoTime() - t0) / 1_000_000, loaded.source(), loaded.entries(), loaded.replayed(),
                    loaded.tornTail() ? ", a torn last journal line ignored" : "");
            List<String> warnings = warnings(dir, credentials, accountChanged, loaded);
            warnings.forEach(w -> LOG.warn("{}", w));
            return new SandboxServer(dir, server, store, lockChannel, gate, endpoint, loaded, warnings);
        } catch (LDAPException | LDIFException | NoSuchAlgorithmException e) {
            store.close();
            lockChannel.close();
            throw new IOException("cannot start the Sandbox in " + dir + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            store.close();
            lockChannel.close();
            throw e;
        }
    }

    /** What the user must be told about this start (the log alone is not enough): recoveries and losses. */
    private static List<String> warnings(Path dir, SandboxCredentials.Owned credentials, boolean accountChanged,
                                         SandboxStore.Loaded loaded) {
        List<String> warnings = new ArrayList<>();
        if (credentials.problem() != null && accountChanged) {
            warnings.add("The Sandbox's " + credentials.problem() + " (in " + dir + "); Roster made a new password and reset"
                    + " its service account in the Sandbox to it. Nothing else changed.");
        }
        if (loaded.lostChange() != null) {
            warnings.add("The Sandbox's journal ended in a damaged record (" + loaded.lostChange() + " in " + dir + "), which"
                    + " was dropped: the last change saved before Roster stopped may be lost. Check that it is there.");
        }
        return warnings;
    }

    SandboxEndpoint endpoint() {
        return endpoint;
    }

    SandboxStore.Loaded loaded() {
        return loaded;
    }

    /** What this start recovered from or lost, in sentences for the user; empty almost always. */
    List<String> warnings() {
        return warnings;
    }

    SandboxStore store() {
        return store;
    }

    /** Stops listening and folds the journal (if it has anything) into a snapshot, so the next start reads one file. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // no call of any process is in flight while the endpoint is withdrawn and the server stops
            gate.closed(() -> {
                SandboxEndpoint.delete(dir);
                server.shutDown(true);
            });
        } catch (IOException stuck) {
            LOG.warn("Sandbox in {}: calls still in flight after {} s; stopping anyway: {}", dir,
                    SandboxGate.WAIT_MILLIS / 1000, stuck.getMessage());
            SandboxEndpoint.delete(dir);
            server.shutDown(true);
        }
        try {
            store.checkpointIfChanged();
        } catch (LDAPException e) {
            throw new IOException("could not write the Sandbox snapshot: " + e.getMessage(), e);
        } finally {
            store.close();
            lockChannel.close();
        }
    }

    /**
     * What a killed process leaves behind: the server stops, nothing more is written (its endpoint stays), the
     * lock is gone.
     * For tests of crash recovery.
     */
    synchronized void halt() throws IOException {
        closed = true;
        server.shutDown(true);
        store.close();
        lockChannel.close();
    }

    private static FileChannel lock(Path dir) throws IOException {
        Path file = dir.resolve("lock");
        FileChannel channel = PrivateFiles.open(file);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return channel;
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // a SandboxServer of this process already runs it: SandboxServers shares that one instead
        }
        channel.close();
        throw new InUse(dir);
    }

    private static InMemoryDirectoryServerConfig config(JournalInterceptor journal, MemberOfAttribute memberOf)
            throws LDAPException, LDIFException, NoSuchAlgorithmException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(DemoOrganisation.BASE);
        config.setSchema(Schema.mergeSchemas(Schema.getDefaultStandardSchema(),
                new Schema(new Entry("dn: cn=schema", "objectClass: subschema", "attributeTypes: " + LOCKED_TIME_TYPE))));
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("sandbox", InetAddress.getLoopbackAddress(), 0, null));
        config.setAuthenticationRequiredOperationTypes(EnumSet.allOf(OperationType.class));
        // no equality indexes: searches over 2,750 entries are quick without, and each index slows every start
        config.setPasswordEncoders(new SaltedMessageDigestInMemoryPasswordEncoder("{SSHA256}", null,
                MessageDigest.getInstance("SHA-256"), 8, true, true));
        // order matters: refuse unauthorised writes before anything else sees them; journal last
        config.addInMemoryOperationInterceptor(new WriteAccess(new DN(SERVICE_ACCOUNT)));
        config.addInMemoryOperationInterceptor(memberOf);
        config.addInMemoryOperationInterceptor(journal);
        return config;
    }

    /**
     * Makes sure the service account exists with the password in the credentials file (a new file after the
     * old one was deleted, emptied or damaged). The password is compared, not bound with: a failed internal
     * bind would leave the server's internal connection unauthenticated and refuse the reset. Such changes
     * bypass the journal, so the caller checkpoints when told to.
     */
    private static boolean ensureServiceAccount(InMemoryDirectoryServer server, String password)
            throws LDAPException, LDIFException {
        Entry account = server.getEntry(SERVICE_ACCOUNT);
        if (account == null) {
            server.add("dn: " + SERVICE_ACCOUNT, "objectClass: top", "objectClass: applicationProcess",
                    "objectClass: simpleSecurityObject", "cn: roster", "description: Roster's own account for the Sandbox",
                    "userPassword: " + password);
            return true;
        }
        if (!server.getPasswordsInEntry(account, new ASN1OctetString(password)).isEmpty()) {
            return false;
        }
        server.modify("dn: " + SERVICE_ACCOUNT, "changetype: modify", "replace: userPassword", "userPassword: " + password);
        return true;
    }
}
