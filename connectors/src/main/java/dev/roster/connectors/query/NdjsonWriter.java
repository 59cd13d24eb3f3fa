package dev.roster.connectors.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes items one JSON object per line as they arrive, flushing after each page, so a walk over a
 * large directory never holds more than one page in memory. Not thread-safe.
 */
public final class NdjsonWriter implements AutoCloseable {
    private final JsonGenerator generator;
    private final ItemShaper shaper;
    private long written;

    public NdjsonWriter(OutputStream out, ResponseOptions options) {
        try {
            this.generator = Json.mapper().getFactory().createGenerator(out);
            this.generator.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.shaper = new ItemShaper(options.withFormat(options.format() == ResponseFormat.STREAM
                ? ResponseFormat.UNIFIED : options.format()));
    }

    public void writePage(List<?> items) {
        for (Object item : items) {
            writeNode(shaper.shape(item));
        }
        flush();
    }

    /** Writes one ready JSON value as a line (the raw format streams provider bodies this way). */
    public void writeNode(JsonNode node) {
        try {
            Json.mapper().writeTree(generator, node);
            generator.writeRaw('\n');
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long written() {
        return written;
    }

    public void flush() {
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
