package dev.roster.connectors.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.files.AtomicFiles;
import dev.roster.connectors.files.PrivateFiles;
import dev.roster.connectors.model.Json;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The Sandbox's append-only change journal: one JSON line per acknowledged write,
 * {@code {"seq": n, "crc": "...", "ldif": "<LDIF change record>"}}, forced to disk before the write is
 * acknowledged. A line is only trusted when complete and its checksum matches: a crash mid-append leaves a
 * torn last line (no newline: the append never finished, so it was never acknowledged), which is ignored; a
 * complete last line that fails its checksum was written whole and may have been acknowledged, so it is
 * dropped but reported as a lost change; a bad line followed by good ones is real damage and stops the start.
 */
final class Journal implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private long sequence;
    private long bytes;

    private Journal(Path file, FileChannel channel, long sequence, long bytes) {
        this.file = file;
        this.channel = channel;
        this.sequence = sequence;
        this.bytes = bytes;
    }

    /** A new, empty journal; the file's existence is made durable too. */
    static Journal create(Path file) throws IOException {
        FileChannel channel = PrivateFiles.createNew(file, StandardOpenOption.WRITE);
        channel.force(true);
        AtomicFiles.syncDirectory(file.getParent());
        return new Journal(file, channel, 0, 0);
    }

    /** Appends one change record and forces it to disk; returns after it is durable. */
    synchronized void append(String ldif) throws IOException {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("seq", sequence + 1);
        line.put("crc", crc(ldif));
        line.put("ldif", ldif);
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        int length = buffer.remaining();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
        sequence++;
        bytes += length;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long records() {
        return sequence;
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /**
     * What a journal file holds: the trusted records in order, whether a torn last line (never acknowledged)
     * was dropped, and the damaged complete last line that was dropped (a change that may be lost), or null.
     */
    record Recovered(List<String> records, boolean tornTail, String lostLine) {
        Recovered(List<String> records, boolean tornTail) {
            this(records, tornTail, null);
        }
    }

    static Recovered read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Recovered(List.of(), false);
        }
        // bytes, not text: a torn tail may end inside a multi-byte character
        byte[] content = Files.readAllBytes(file);
        List<String> records = new ArrayList<>();
        int start = 0;
        int lineNumber = 0;
        String badLine = null;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            if (end == content.length) {
                // no newline: the append was cut short by a crash; it was never acknowledged
                return new Recovered(records, true, badLine);
            }
            lineNumber++;
            String line = new String(content, start, end - start, StandardCharsets.UTF_8);
            start = end + 1;
            Intact intact = intact(line);
            if (intact == null) {
                if (badLine == null) {
                    badLine = "line " + lineNumber;
                }
                continue;
            }
            if (badLine != null || intact.sequence() != records.size() + 1) {
                throw new IOException(file + ": " + (badLine != null ? badLine + " is damaged" : "a record before line "
                        + lineNumber + " is missing") + " but later lines are intact; move the file away to start from"
                        + " the last snapshot, losing the changes it holds");
            }
            records.add(intact.ldif());
        }
        return new Recovered(records, false, badLine);
    }

    private record Intact(long sequence, String ldif) {
    }

    /** The record when the line is complete JSON whose checksum matches its LDIF; null otherwise. */
    private static Intact intact(String line) {
        try {
            JsonNode node = Json.mapper().readTree(line);
            if (node == null || !node.path("ldif").isTextual() || !node.path("seq").canConvertToLong()) {
                return null;
            }
            String ldif = node.path("ldif").asText();
            return crc(ldif).equals(node.path("crc").asText()) ? new Intact(node.path("seq").asLong(), ldif) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String crc(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
