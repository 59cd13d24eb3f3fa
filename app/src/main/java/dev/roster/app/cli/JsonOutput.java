package dev.roster.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** JSON on stdout: indented for people and still one valid document for jq. */
final class JsonOutput {
    private static final ObjectWriter PRETTY = Json.mapper().writer().with(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static void print(PrintStream out, JsonNode node) {
        try {
            out.println(PRETTY.writeValueAsString(node));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ensureWritten(out);
    }

    /**
     * A PrintStream swallows write errors; a closed pipe ({@code | head}) or a full disk must stop a walk and
     * fail the command instead of reading the whole directory into nowhere and exiting 0.
     */
    static void ensureWritten(PrintStream out) {
        if (out.checkError()) {
            throw DirectoryException.of(ErrorKind.TRANSPORT, "could not write the output (stdout closed or full); stopped");
        }
    }

    static JsonGenerator generator(PrintStream out) {
        try {
            JsonGenerator generator = Json.mapper().getFactory().createGenerator(out);
            generator.useDefaultPrettyPrinter();
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // closing a document is ListPrinter's decision (with the cursor to resume from), never a side effect
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
