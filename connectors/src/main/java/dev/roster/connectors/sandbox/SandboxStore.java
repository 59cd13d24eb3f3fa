package dev.roster.connectors.sandbox;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import com.unboundid.ldif.LDIFWriter;
import dev.roster.connectors.files.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Sandbox's data on disk, under {@code <home>/sandbox/}: {@code snapshot-N.ldif}, every entry as of
 * generation N, and {@code journal-N.jsonl}, the writes since. A checkpoint writes snapshot N+1 with
 * {@link AtomicFiles} (temp file, forced, renamed into place, folder forced), starts journal N+1 and only then deletes generation N;
 * a crash at any point leaves either the old pair or the new snapshot. Starting takes the highest
 * snapshot and replays its journal.
 */
final class SandboxStore implements Closeable {
    /** A journal past this size is folded into a new snapshot, so a start never replays much. */
    static final long DEFAULT_CHECKPOINT_BYTES = 8L << 20;
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{6,})\\.ldif");

    private final Path dir;
    private final long checkpointBytes;
    private InMemoryDirectoryServer server;
    private Journal journal;
    private long generation;

    /**
     * How the data came to be loaded: for the start-up log line and the tests. {@code lostChange} names the
     * damaged last journal record that was dropped (a change that may have been acknowledged), or is null.
     */
    record Loaded(String source, int entries, int replayed, boolean tornTail, String lostChange) {
        Loaded(String source, int entries, int replayed, boolean tornTail) {
            this(source, entries, replayed, tornTail, null);
        }

        boolean checkpointDue() {
            return replayed > 0 || tornTail || lostChange != null || source.equals("seed");
        }
    }

    SandboxStore(Path dir, long checkpointBytes) {
        this.dir = dir;
        this.checkpointBytes = checkpointBytes;
    }

    /** Fills the server from the latest snapshot and its journal, or from {@code seed} on first use. */
    synchronized Loaded load(InMemoryDirectoryServer target, Supplier<List<Entry>> seed) throws IOException, LDAPException {
        this.server = target;
        this.generation = latestGeneration();
        if (generation == 0) {
            List<Entry> entries = seed.get();
            importEntries(entries);
            return new Loaded("seed", entries.size(), 0, false);
        }
        Journal.Recovered journalled = Journal.read(journalFile(generation));
        String lost = journalled.lostLine() == null ? null : journalFile(generation).getFileName() + " " + journalled.lostLine();
        if (journalled.records().isEmpty()) {
            int count = server.importFromLDIF(true, snapshotFile(generation).toFile());
            return new Loaded("snapshot", count, 0, journalled.tornTail(), lost);
        }
        NavigableMap<DN, Entry> entries = readSnapshot(snapshotFile(generation));
        try {
            ChangeReplay.apply(entries, journalled.records());
        } catch (LDIFException e) {
            throw new IOException(journalFile(generation) + " holds a record that is not LDIF: " + e.getMessage(), e);
        }
        importEntries(entries.values());
        return new Loaded("snapshot+journal", entries.size(), journalled.records().size(), journalled.tornTail(), lost);
    }

    /** A checkpoint unless the journal is still empty: then the snapshot already has everything. */
    synchronized void checkpointIfChanged() throws IOException, LDAPException {
        if (journal == null || journal.records() > 0) {
            checkpoint();
        }
    }

    /** Writes the server's entries as the next generation and starts its empty journal. */
    synchronized void checkpoint() throws IOException, LDAPException {
        long next = generation + 1;
        try {
            AtomicFiles.write(snapshotFile(next), out -> {
                LDIFWriter writer = new LDIFWriter(new BufferedOutputStream(out, 1 << 16));
                try {
                    server.exportToLDIF(writer, false, true, false);
                } catch (LDAPException e) {
                    throw new IOException("cannot export the Sandbox: " + e.getMessage(), e);
                }
                writer.flush();
            });
        } catch (IOException e) {
            if (e.getCause() instanceof LDAPException ldap) {
                throw ldap;
            }
            throw e;
        }
        if (journal != null) {
            journal.close();
        }
        Files.deleteIfExists(journalFile(next));
        journal = Journal.create(journalFile(next));
        long previous = generation;
        generation = next;
        deleteGenerationsBefore(previous + 1);
    }

    /**
     * Makes the current generation's journal ready for appends. After a load that needed no checkpoint the
     * journal file holds no trusted record (or does not exist, if a crash hit between a snapshot and its
     * journal), so it is simply started afresh.
     */
    synchronized void openJournal() throws IOException {
        if (journal == null) {
            Files.deleteIfExists(journalFile(generation));
            journal = Journal.create(journalFile(generation));
        }
    }

    /**
     * Builds change records and appends them, under the store's lock so that records are built from the
     * state the server has at that moment and land in that order; folds the journal into a snapshot when it
     * has grown past the threshold. Returns once the records are on disk.
     */
    synchronized void journal(Callable<List<String>> records) throws Exception {
        for (String record : records.call()) {
            journal.append(record);
        }
        if (journal.bytes() > checkpointBytes) {
            checkpoint();
        }
    }

    synchronized long generation() {
        return generation;
    }

    @Override
    public synchronized void close() throws IOException {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }

    private void importEntries(Collection<Entry> entries) throws LDAPException {
        ByteArrayOutputStream ldif = new ByteArrayOutputStream(entries.size() * 512);
        try (LDIFWriter writer = new LDIFWriter(ldif)) {
            for (Entry entry : entries) {
                writer.writeEntry(entry);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        // an import is an internal operation: stored operational attributes (createTimestamp ...) are kept
        server.importFromLDIF(true, new LDIFReader(new ByteArrayInputStream(ldif.toByteArray())));
    }

    private static NavigableMap<DN, Entry> readSnapshot(Path file) throws IOException {
        NavigableMap<DN, Entry> entries = new TreeMap<>();
        try (LDIFReader reader = new LDIFReader(file.toFile())) {
            for (Entry entry = reader.readEntry(); entry != null; entry = reader.readEntry()) {
                entries.put(entry.getParsedDN(), entry);
            }
        } catch (LDIFException | LDAPException e) {
            throw new IOException(file + " is not a readable snapshot: " + e.getMessage(), e);
        }
        return entries;
    }

    /** Leftovers of atomic writes a crash interrupted; only the lock holder calls this, so none is in progress. */
    static void deleteTemporaryFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private long latestGeneration() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> SNAPSHOT.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToLong(m -> Long.parseLong(m.group(1)))
                    .max().orElse(0);
        }
    }

    /** Removes older snapshots, their journals and leftovers of an interrupted checkpoint. */
    private void deleteGenerationsBefore(long keep) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                Matcher m = Pattern.compile("(?:snapshot|journal)-(\\d{6,})\\.(?:ldif|jsonl|ldif\\.tmp)").matcher(name);
                if (m.matches() && Long.parseLong(m.group(1)) < keep) {
                    Files.deleteIfExists(file);
                }
            }
        }
        AtomicFiles.syncDirectory(dir);
    }

    private Path snapshotFile(long gen) {
        return dir.resolve("snapshot-" + number(gen) + ".ldif");
    }

    private Path journalFile(long gen) {
        return dir.resolve("journal-" + number(gen) + ".jsonl");
    }

    private static String number(long gen) {
        return String.format("%06d", gen);
    }
}
