package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.query.NdjsonWriter;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import dev.roster.connectors.query.ResponseRenderer;
import dev.roster.connectors.trace.ExchangeLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponseFormatsTest {
    private UnifiedDirectory directory;
    private ListResult<Group> page;

    @BeforeEach
    void setUp() {
        ExchangeLog log = new ExchangeLog(List.of(InMemoryTestConnector.TOKEN));
        directory = new UnifiedDirectory("test", InMemoryTestConnector.PROVIDER, new InMemoryTestConnector(log, 25), log);
        page = directory.listGroups(ListQuery.ofLimit(4));
    }

    private static JsonNode render(ListResult<?> page, ResponseOptions options) {
        return new ResponseRenderer(options).renderPage(page);
    }

    @Test
    void unifiedHasEveryFieldInSnakeCaseWithRemoteDataAndTheCursor() {
        JsonNode json = render(page, ResponseOptions.UNIFIED);
        JsonNode first = json.get("result").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "name", "description", "group_type",
                "organization", "created_at", "updated_at", "remote_data");
        assertThat(first.get("group_type").asText()).isEqualTo("team");
        assertThat(first.get("created_at").asText()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(first.get("description").isNull()).isTrue();
        assertThat(first.get("remote_data").get("vendor_field").asText()).isEqualTo("v0");
        assertThat(json.get("next_cursor").asText()).isEqualTo(page.page().nextCursor());
    }

    @Test
    void normalizedDropsRemoteDataAndNulls() {
        JsonNode first = render(page, ResponseOptions.of(ResponseFormat.NORMALIZED)).get("result").get(0);
        assertThat(first.has("remote_data")).isFalse();
        assertThat(first.has("description")).isFalse();
        assertThat(first.has("updated_at")).isFalse();
        assertThat(first.get("name").asText()).isEqualTo("Group 0");
    }

    @Test
    void rawIsTheProvidersBodyUntouched() {
        JsonNode raw = render(page, ResponseOptions.of(ResponseFormat.RAW));
        assertThat(raw).isSameAs(page.provider().raw());
        assertThat(raw.get(0).get("native_id").asText()).isEqualTo("g0");
    }

    @Test
    void debugWrapsTheResultWithTheExchangeAndMasksTheToken() {
        JsonNode json = render(page, ResponseOptions.of(ResponseFormat.DEBUG));
        assertThat(json.get("result")).hasSize(4);
        JsonNode debug = json.get("debug");
        assertThat(debug.get("requestUrl").asText()).startsWith("https://memory.test/groups");
        assertThat(debug.at("/requestOptions/method").asText()).isEqualTo("GET");
        assertThat(debug.at("/requestOptions/headers/Authorization").asText()).isEqualTo("Bearer ****");
        assertThat(debug.get("data")).isEqualTo(page.provider().raw());
        assertThat(debug.at("/responseHeaders/X-Rate-Limit-Remaining").asText()).isEqualTo("99");
        assertThat(debug.get("nextCursor").asText()).isEqualTo(page.page().nextCursor());
        assertThat(debug.get("isLooping").asBoolean()).isFalse();
        assertThat(debug.get("isEmptyResult").asBoolean()).isFalse();
        assertThat(debug.get("resultCount").asInt()).isEqualTo(4);
        assertThat(json.toString()).doesNotContain(InMemoryTestConnector.TOKEN);
    }

    @Test
    void excludeFieldsRemovesTopLevelAndDottedPaths() {
        var options = new ResponseOptions(ResponseFormat.UNIFIED, List.of("description", "remote_data.vendor_field"), false, null);
        JsonNode first = render(page, options).get("result").get(0);
        assertThat(first.has("description")).isFalse();
        assertThat(first.get("remote_data").has("vendor_field")).isFalse();
        assertThat(first.get("remote_data").has("native_id")).isTrue();
    }

    @Test
    void ignoreRemoteDataDropsOnlyRemoteData() {
        JsonNode first = render(page, new ResponseOptions(ResponseFormat.UNIFIED, List.of(), true, null)).get("result").get(0);
        assertThat(first.has("remote_data")).isFalse();
        assertThat(first.has("description")).isTrue();
    }

    @Test
    void keyByTurnsResultIntoAnObjectAndRefusesDuplicates() {
        JsonNode json = render(page, new ResponseOptions(ResponseFormat.UNIFIED, List.of(), false, "id"));
        assertThat(json.get("result").isObject()).isTrue();
        assertThat(json.get("result").get("g2").get("name").asText()).isEqualTo("Group 2");
        assertThatThrownBy(() -> render(page, new ResponseOptions(ResponseFormat.UNIFIED, List.of(), false, "organization")))
                .hasMessageContaining("not unique");
        assertThatThrownBy(() -> render(page, new ResponseOptions(ResponseFormat.UNIFIED, List.of(), false, "updated_at")))
                .hasMessageContaining("no plain value");
        assertThatThrownBy(() -> new ResponseOptions(ResponseFormat.STREAM, List.of(), false, "id"))
                .hasMessageContaining("cannot be used with the stream format");
    }

    @Test
    void streamWritesOneItemPerLineAsPagesArrive() {
        var out = new ByteArrayOutputStream();
        var options = new ResponseOptions(ResponseFormat.STREAM, List.of(), true, null);
        try (var writer = new NdjsonWriter(out, options)) {
            directory.walkGroups(ListQuery.ofLimit(10), p -> {
                int before = out.size();
                writer.writePage(p.page().result());
                assertThat(out.size()).isGreaterThan(before);
            }, () -> false);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(25);
        assertThat(lines[24]).startsWith("{\"id\":\"g24\"").doesNotContain("remote_data");
    }

    @Test
    void singleItemRendersAsTheObjectOrADebugEnvelope() {
        var item = directory.getGroup("g3");
        assertThat(new ResponseRenderer(ResponseOptions.UNIFIED).renderItem(item).get("id").asText()).isEqualTo("g3");
        JsonNode debug = new ResponseRenderer(ResponseOptions.of(ResponseFormat.DEBUG)).renderItem(item);
        assertThat(debug.at("/result/id").asText()).isEqualTo("g3");
        assertThat(debug.at("/debug/resultCount").asInt()).isEqualTo(1);
        assertThat(new ResponseRenderer(ResponseOptions.of(ResponseFormat.RAW)).renderItem(item).get("native_id").asText()).isEqualTo("g3");
    }

    @Test
    void emptyPageIsAnEmptyResultNotAnError() {
        var empty = directory.listUsers(ListQuery.ofLimit(5));
        JsonNode json = render(empty, ResponseOptions.of(ResponseFormat.DEBUG));
        assertThat(json.get("result")).isEmpty();
        assertThat(json.at("/debug/isEmptyResult").asBoolean()).isTrue();
        assertThat(json.at("/debug/nextCursor").isNull()).isTrue();
    }

    @Test
    void formatNamesParseAndBadOnesAreRefused() {
        assertThat(ResponseFormat.parse("Debug")).isEqualTo(ResponseFormat.DEBUG);
        assertThatThrownBy(() -> ResponseFormat.parse("xml")).hasMessageContaining("unified, normalized, raw, debug, stream");
        assertThat(Json.mapper()).isNotNull();
    }
}
