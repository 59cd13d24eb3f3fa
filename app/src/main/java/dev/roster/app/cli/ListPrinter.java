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

    void all(ListQuery query, BiFunction<ListQuery, Consumer<ListResult<T>>, WalkOutcome> walk) {
        WalkOutcome outcome = switch (options.format()) {
            case STREAM -> {
                try (NdjsonWriter writer = new NdjsonWriter(out, options)) {
                    yield walk.apply(query, page -> {
                        writer.writePage(page.page().result());
                        JsonOutput.ensureWritten(out);
                    });
                }
            }
            case RAW -> streamed(generator -> walk.apply(query, page -> write(generator, page.provider().raw())), false);
            case DEBUG -> collectedDebug(query, walk);
            default -> options.keyBy() != null ? collectedKeyed(query, walk)
                    : streamed(generator -> walk.apply(query, page -> page.page().result()
                            .forEach(item -> write(generator, renderer.shape(item)))), true);
        };
        if (outcome.looping()) {
            throw looping(outcome.describe());
        }
    }

    /** {@code {"result": [ ...written as they come... ], "next_cursor": null}}, or a bare array for raw bodies. */
    private WalkOutcome streamed(Function<JsonGenerator, WalkOutcome> body, boolean envelope) {
        try (JsonGenerator generator = JsonOutput.generator(out)) {
            if (envelope) {
                generator.writeStartObject();
                generator.writeArrayFieldStart("result");
            } else {
                generator.writeStartArray();
            }
            WalkOutcome outcome = body.apply(generator);
            generator.writeEndArray();
            if (envelope) {
                generator.writeNullField("next_cursor");
                generator.writeEndObject();
            }
            generator.flush();
            out.println();
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WalkOutcome collectedKeyed(ListQuery query, BiFunction<ListQuery, Consumer<ListResult<T>>, WalkOutcome> walk) {
        List<T> items = new ArrayList<>();
        WalkOutcome outcome = walk.apply(query, page -> items.addAll(page.page().result()));
        JsonOutput.print(out, renderer.listEnvelope(items, null));
        return outcome;
    }

    /** All items as one result, and the debug block of every page in order. */
    private WalkOutcome collectedDebug(ListQuery query, BiFunction<ListQuery, Consumer<ListResult<T>>, WalkOutcome> walk) {
        List<T> items = new ArrayList<>();
        ArrayNode debugs = Json.mapper().createArrayNode();
        WalkOutcome outcome = walk.apply(query, page -> {
            items.addAll(page.page().result());
            debugs.add(renderer.renderPage(page).get("debug"));
        });
        ObjectNode envelope = Json.mapper().createObjectNode();
        envelope.set("result", renderer.listEnvelope(items, null).get("result"));
        envelope.set("debug", debugs);
        JsonOutput.print(out, envelope);
        return outcome;
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
