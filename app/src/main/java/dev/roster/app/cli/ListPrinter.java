package dev.roster.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.query.NdjsonWriter;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import dev.roster.connectors.query.ResponseRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Prints a list in the chosen format, one page or (--all) every page. Walks are written as pages arrive
 * (stream, raw, and unified/normalized without key_by), so a large directory is never held whole in memory;
 * key_by and debug need every item first, by their nature.
 */
final class ListPrinter<T> {
    private final PrintStream out;
    private final ResponseOptions options;
    private final ResponseRenderer renderer;

    ListPrinter(PrintStream out, ResponseOptions options) {
        this.out = out;
        this.options = options;
        this.renderer = new ResponseRenderer(options);
    }

    void page(ListQuery query, Function<ListQuery, ListResult<T>> list) {
        if (options.format() == ResponseFormat.STREAM) {
            // one page as bare lines would have nowhere to put next_cursor, and the rest would be silently lost
            throw DirectoryException.validation("--format stream writes every page as it arrives: add --all,"
                    + " or page with another format and --cursor");
        }
        ListResult<T> page = list.apply(query);
        JsonOutput.print(out, renderer.renderPage(page));
        if (page.looping()) {
            throw looping("the directory handed back the cursor it was given (isLooping); there is no next page to ask for");
        }
    }

    /**
     * Every page. A failure mid-walk leaves well-formed output or none: the document is closed after the last
     * page written, with {@code next_cursor} set to where the walk resumes (nothing is written when no page
     * came), and the error carries that cursor too ({@link WalkStopped}).
     */
    void all(ListQuery query, BiFunction<ListQuery, Consumer<ListResult<T>>, WalkOutcome> walk) {
        Resume resume = new Resume(query.cursor());
        WalkOutcome outcome;
        try {
            outcome = switch (options.format()) {
                case STREAM -> {
                    try (NdjsonWriter writer = new NdjsonWriter(out, options)) {
                        yield walk.apply(query, page -> {
                            writer.writePage(page.page().result());
                            JsonOutput.ensureWritten(out);
                            resume.after(page);
                        });
                    }
                }
                case RAW -> streamed(query, walk, resume, false, (generator, page) -> write(generator, page.provider().raw()));
                case DEBUG -> collectedDebug(query, walk, resume);
                default -> options.keyBy() != null ? collectedKeyed(query, walk, resume)
                        : streamed(query, walk, resume, true, (generator, page) -> page.page().result()
                                .forEach(item -> write(generator, renderer.shape(item))));
            };
        } catch (DirectoryException e) {
            throw new WalkStopped(e, resume.cursor);
        }
        if (outcome.looping()) {
            throw looping(outcome.describe());
        }
    }

    /** Where a stopped walk resumes: the next cursor of the last page written, else where it started. */
    private final class Resume {
        private String cursor;
        private int pages;

        Resume(String start) {
            this.cursor = start;
        }

        void after(ListResult<T> page) {
            cursor = page.page().nextCursor();
            pages++;
        }
    }

    /**
     * {@code {"result": [ ...written as they come... ], "next_cursor": null}}, or a bare array for raw bodies.
     * The document is opened with the first page, so a walk that fails before it writes nothing.
     */
    private WalkOutcome streamed(ListQuery query, BiFunction<ListQuery, Consumer<ListResult<T>>, WalkOutcome> walk,
                                 Resume resume, boolean envelope, BiConsumer<JsonGenerator, ListResult<T>> writePage) {
        try (JsonGenerator generator = JsonOutput.generator(out)) {
            WalkOutcome outcome;
            try {
                outcome = walk.apply(query, page -> {
                    if (resume.pages == 0) {
                        open(generator, envelope);
                    }
                    writePage.accept(generator, page);
                    resume.after(page);
                });
            } catch (RuntimeException e) {
                if (resume.pages > 0) {
                    closeQuietly(generator, envelope, resume.cursor, e);
                }
                throw e;
            }
            if (resume.pages == 0) {
                open(generator, envelope);
            }
            close(generator, envelope, null);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void open(JsonGenerator generator, boolean envelope) {
        try {
            if (envelope) {
                generator.writeStartObject();
                generator.writeArrayFieldStart("result");
            } else {
                generator.writeStartArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close(JsonGenerator generator, boolean envelope, String nextCursor) throws IOException {
        generator.writeEndArray();
        if (envelope) {
            generator.writeStringField("next_cursor", nextCursor);
            generator.writeEndObject();
        }
        generator.flush();
        out.println();
        out.flush();
    }

    /** Closing after a failure must not hide it: a second failure (stdout gone) is attached to the first. */
    private void closeQuietly(JsonGenerator generator, boolean envelope, String nextCursor, RuntimeException failure) {
        try {
            close(generator, envelope, nextCursor);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private WalkOutcome collectedKeyed(ListQuery query, BiFunction<ListQuery, Consumer<ListResult<T>>, WalkOutcome> walk,
                                       Resume resume) {
        List<T> items = new ArrayList<>();
        WalkOutcome outcome;
        try {
            outcome = walk.apply(query, page -> {
                items.addAll(page.page().result());
                resume.after(page);
            });
        } catch (RuntimeException e) {
            if (resume.pages > 0) {
                JsonOutput.print(out, renderer.listEnvelope(items, resume.cursor));
            }
            throw e;
        }
        JsonOutput.print(out, renderer.listEnvelope(items, null));
        return outcome;
    }

    /** All items as one result, and the debug block of every page in order; next_cursor only when stopped. */
    private WalkOutcome collectedDebug(ListQuery query, BiFunction<ListQuery, Consumer<ListResult<T>>, WalkOutcome> walk,
                                       Resume resume) {
        List<T> items = new ArrayList<>();
        ArrayNode debugs = Json.mapper().createArrayNode();
        WalkOutcome outcome;
        try {
            outcome = walk.apply(query, page -> {
                items.addAll(page.page().result());
                debugs.add(renderer.renderPage(page).get("debug"));
                resume.after(page);
            });
        } catch (RuntimeException e) {
            if (resume.pages > 0) {
                JsonOutput.print(out, debugEnvelope(items, debugs).put("next_cursor", resume.cursor));
            }
            throw e;
        }
        JsonOutput.print(out, debugEnvelope(items, debugs));
        return outcome;
    }

    private ObjectNode debugEnvelope(List<T> items, ArrayNode debugs) {
        ObjectNode envelope = Json.mapper().createObjectNode();
        envelope.set("result", renderer.listEnvelope(items, null).get("result"));
        envelope.set("debug", debugs);
        return envelope;
    }

    private void write(JsonGenerator generator, JsonNode node) {
        try {
            Json.mapper().writeTree(generator, node);
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonOutput.ensureWritten(out);
    }

    private static DirectoryException looping(String message) {
        return DirectoryException.of(ErrorKind.PROTOCOL, message);
    }
}
