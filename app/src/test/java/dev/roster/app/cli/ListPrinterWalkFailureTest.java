package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.Page;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code --all} when the directory goes away mid-walk (README, Output): what was read is a well-formed
 * document, or nothing when no page came; the error names the {@code next_cursor} to resume from, and the
 * document carries it too where its shape has a {@code next_cursor}.
 */
class ListPrinterWalkFailureTest {
    private static final ObjectReader ONE_DOCUMENT = Json.mapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @ParameterizedTest
    @EnumSource(value = ResponseFormat.class, names = {"UNIFIED", "NORMALIZED"})
    void theItemsReadAreOneDocumentWhoseNextCursorResumesTheWalk(ResponseFormat format) throws IOException {
        Throwable failure = walkThatDiesAfterTwoPages(ResponseOptions.of(format), null);

        JsonNode document = ONE_DOCUMENT.readValue(stdout.toString(StandardCharsets.UTF_8));
        assertThat(document.get("result")).extracting(g -> g.get("id").asText()).containsExactly("g1", "g2", "g3", "g4");
        assertThat(document.get("next_cursor").asText()).isEqualTo("C2");
        assertThat(reported(failure).get("next_cursor").asText()).isEqualTo("C2");
        assertThat(reported(failure).get("message").asText()).contains("server gone");
    }

    @Test
    void keyedByAFieldTheDocumentIsWellFormedToo() throws IOException {
        Throwable failure = walkThatDiesAfterTwoPages(new ResponseOptions(ResponseFormat.UNIFIED, List.of(), true, "name"), null);

        JsonNode document = ONE_DOCUMENT.readValue(stdout.toString(StandardCharsets.UTF_8));
        assertThat(document.get("result").properties()).hasSize(4);
        assertThat(document.get("next_cursor").asText()).isEqualTo("C2");
        assertThat(reported(failure).get("next_cursor").asText()).isEqualTo("C2");
    }

    @Test
    void rawIsAClosedArrayOfThePagesRead() throws IOException {
        Throwable failure = walkThatDiesAfterTwoPages(ResponseOptions.of(ResponseFormat.RAW), null);

        JsonNode document = ONE_DOCUMENT.readValue(stdout.toString(StandardCharsets.UTF_8));
        assertThat(document).hasSize(2);
        assertThat(reported(failure).get("next_cursor").asText()).isEqualTo("C2");
    }

    @Test
    void debugHasTheBlocksOfThePagesRead() throws IOException {
        Throwable failure = walkThatDiesAfterTwoPages(ResponseOptions.of(ResponseFormat.DEBUG), null);

        JsonNode document = ONE_DOCUMENT.readValue(stdout.toString(StandardCharsets.UTF_8));
        assertThat(document.get("result")).hasSize(4);
        assertThat(document.get("debug")).hasSize(2);
        assertThat(document.get("next_cursor").asText()).isEqualTo("C2");
        assertThat(reported(failure).get("next_cursor").asText()).isEqualTo("C2");
    }

    @Test
    void streamLinesAreEachCompleteAndTheErrorSaysWhereToResume() throws IOException {
        Throwable failure = walkThatDiesAfterTwoPages(ResponseOptions.of(ResponseFormat.STREAM), null);

        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            JsonNode item = ONE_DOCUMENT.readValue(line);
            assertThat(item.get("id").asText()).startsWith("g");
        }
        assertThat(reported(failure).get("next_cursor").asText()).isEqualTo("C2");
    }

    @ParameterizedTest
    @EnumSource(value = ResponseFormat.class, names = {"UNIFIED", "RAW", "DEBUG", "STREAM"})
    void aWalkThatFailsOnItsFirstPageWritesNothingAndResumesWhereItStarted(ResponseFormat format) {
        Throwable failure = walk(ResponseOptions.of(format), "C0", List.of());

        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(reported(failure).get("next_cursor").asText()).isEqualTo("C0");
    }

    @Test
    void fromTheStartThereIsNoCursorToGiveTheErrorSaysSo() {
        Throwable failure = walk(ResponseOptions.UNIFIED, null, List.of());

        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(reported(failure).has("next_cursor")).isFalse();
        assertThat(reported(failure).get("message").asText()).contains("server gone");
    }

    private Throwable walkThatDiesAfterTwoPages(ResponseOptions options, String startCursor) {
        return walk(options, startCursor, List.of(page(List.of(group("g1"), group("g2")), "C1"),
                page(List.of(group("g3"), group("g4")), "C2")));
    }

    private Throwable walk(ResponseOptions options, String startCursor, List<ListResult<Group>> pagesBeforeFailure) {
        ListPrinter<Group> printer = new ListPrinter<>(new PrintStream(stdout, true, StandardCharsets.UTF_8), options);
        BiFunction<ListQuery, Consumer<ListResult<Group>>, WalkOutcome> walk = (query, onPage) -> {
            pagesBeforeFailure.forEach(onPage);
            throw DirectoryException.of(ErrorKind.TRANSPORT, "LIST list_groups: server gone (connection reset)");
        };
        Throwable failure = catchThrowable(() -> printer.all(new ListQuery(2, startCursor, Map.of(), Map.of(), null), walk));
        assertThat(failure).isNotNull();
        return failure;
    }

    /** What the CLI prints on stderr for this failure: its JSON line. */
    private JsonNode reported(Throwable failure) {
        stderr.reset();
        CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintStream(stdout),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), false, false, label -> null, question -> false, () -> null);
        int code = new ErrorReporter(context).report(failure);
        assertThat(code).isEqualTo(4);
        try {
            return ONE_DOCUMENT.readValue(stderr.toString(StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new AssertionError("stderr is one JSON line: " + stderr, e);
        }
    }

    private static ListResult<Group> page(List<Group> items, String nextCursor) {
        ArrayNode raw = Json.mapper().createArrayNode();
        items.forEach(g -> raw.add(Json.mapper().createObjectNode().put("cn", g.name())));
        return new ListResult<>(Operation.LIST_GROUPS, new Page<>(items, nextCursor),
                new ProviderPage<>(items, raw, "provider-" + nextCursor, null), false);
    }

    private static Group group(String id) {
        return new Group(id, "Group " + id, null, null, null, null, null, Json.mapper().createObjectNode().put("cn", id));
    }
}
