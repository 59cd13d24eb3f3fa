package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyCursorTest {

    @Test
    void readsGraphsNextLink() {
        JsonNode page = json(Fixtures.read("graph/groups-page-1.json"));

        assertThat(BodyCursor.at(page, BodyCursor.GRAPH_NEXT_LINK)).hasValueSatisfying(link ->
                assertThat(link).startsWith("https://graph.microsoft.com/v1.0/groups?$top=2&$skiptoken="));
        assertThat(BodyCursor.at(json(Fixtures.read("graph/groups-page-2.json")), BodyCursor.GRAPH_NEXT_LINK)).isEmpty();
    }

    @Test
    void readsGooglesNextPageToken() {
        assertThat(BodyCursor.at(json(Fixtures.read("google/groups-page-1.json")), BodyCursor.GOOGLE_NEXT_PAGE_TOKEN))
                .contains("CgwI2Nn1kQYQ-LbN9gISDGdyb3VwczAwMDAwMQ");
        assertThat(BodyCursor.at(json(Fixtures.read("google/groups-page-2.json")), BodyCursor.GOOGLE_NEXT_PAGE_TOKEN)).isEmpty();
    }

    @Test
    void readsTrutosNextCursorAndItsNullOnTheLastPage() {
        assertThat(BodyCursor.at(json(Fixtures.read("truto/groups-page-1.json")), BodyCursor.TRUTO_NEXT_CURSOR))
                .contains("eyJhZnRlciI6IjAwZzFlbWFLWVpUV1JZWVJSVFNLIn0=");
        assertThat(BodyCursor.at(json(Fixtures.read("truto/groups-page-2.json")), BodyCursor.TRUTO_NEXT_CURSOR)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"next_cursor\":null}", "{\"next_cursor\":\"\"}", "{\"next_cursor\":\"  \"}"})
    void absentNullAndEmptyAllMeanTheLastPage(String body) {
        assertThat(BodyCursor.at(json(body), BodyCursor.TRUTO_NEXT_CURSOR)).isEmpty();
    }

    @Test
    void readsANumericCursorAsText() {
        assertThat(BodyCursor.at(json("{\"paging\":{\"next\":40}}"), "/paging/next")).contains("40");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"next_cursor\":{\"after\":\"x\"}}", "{\"next_cursor\":true}", "{\"next_cursor\":[\"x\"]}"})
    void aCursorThatIsNotAScalarIsAProtocolError(String body) {
        assertThatThrownBy(() -> BodyCursor.at(json(body), BodyCursor.TRUTO_NEXT_CURSOR))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL));
    }

    @Test
    void aMissingBodyHasNoCursor() {
        assertThat(BodyCursor.at(null, BodyCursor.GOOGLE_NEXT_PAGE_TOKEN)).isEmpty();
    }

    private static JsonNode json(String s) {
        try {
            return Json.mapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
