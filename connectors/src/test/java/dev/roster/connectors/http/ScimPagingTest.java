package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimPagingTest {

    @Test
    void walksTheFixturePagesToTheEnd() {
        assertThat(ScimPaging.next(json(Fixtures.read("scim/groups-page-1.json")), 1)).hasValue(3);
        assertThat(ScimPaging.next(json(Fixtures.read("scim/groups-page-2.json")), 3)).isEmpty();
    }

    @Test
    void advancesByWhatCameBackWhenTheServerReturnsFewerThanAsked() {
        // asked count=100, the server capped the page at 2 of 5
        JsonNode page = list(5, 2, 1, 2);

        assertThat(ScimPaging.next(page, 1)).hasValue(3);
    }

    @Test
    void doesNotNeedItemsPerPage() {
        JsonNode page = json("{\"totalResults\":4,\"startIndex\":1,\"Resources\":[{\"id\":\"a\"},{\"id\":\"b\"}]}");

        assertThat(ScimPaging.next(page, 1)).hasValue(3);
    }

    @Test
    void trustsTheResourcesOverAnItemsPerPageThatDisagrees() {
        JsonNode page = list(10, 5, 1, 3);

        assertThat(ScimPaging.next(page, 1)).hasValue(4);
    }

    @Test
    void endsExactlyAtTotalResults() {
        assertThat(ScimPaging.next(list(4, 2, 3, 2), 3)).isEmpty();
        assertThat(ScimPaging.next(list(5, 2, 3, 2), 3)).hasValue(5);
    }

    @Test
    void anEmptyPageEndsTheWalkWhateverTotalResultsClaims() {
        JsonNode page = json("{\"totalResults\":50,\"itemsPerPage\":0,\"startIndex\":11,\"Resources\":[]}");

        assertThat(ScimPaging.next(page, 11)).isEmpty();
        assertThat(ScimPaging.next(json("{\"totalResults\":0}"), 1)).isEmpty();
    }

    @Test
    void withoutTotalResultsGoesOnUntilAnEmptyPage() {
        assertThat(ScimPaging.next(json("{\"Resources\":[{\"id\":\"a\"}]}"), 7)).hasValue(8);
        assertThat(ScimPaging.next(json("{\"Resources\":[]}"), 8)).isEmpty();
    }

    @Test
    void countsFromTheStartIndexAskedForNotAnEchoedZero() {
        JsonNode page = json("{\"totalResults\":6,\"startIndex\":0,\"Resources\":[{\"id\":\"a\"},{\"id\":\"b\"}]}");

        assertThat(ScimPaging.next(page, 3)).hasValue(5);
    }

    @Test
    void acceptsNumbersSentAsStrings() {
        JsonNode page = json("{\"totalResults\":\"3\",\"startIndex\":\"1\",\"Resources\":[{\"id\":\"a\"}]}");

        assertThat(ScimPaging.next(page, 1)).hasValue(2);
    }

    @Test
    void resourcesThatAreNotAnArrayAreAProtocolError() {
        assertThatThrownBy(() -> ScimPaging.next(json("{\"totalResults\":1,\"Resources\":{\"id\":\"a\"}}"), 1))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL));
        assertThatThrownBy(() -> ScimPaging.next(json("{\"totalResults\":\"many\",\"Resources\":[{}]}"), 1))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL));
    }

    @Test
    void aMissingCursorIsTheFirstIndexAndACursorIsItsNumber() {
        assertThat(ScimPaging.startIndex(null)).isEqualTo(1);
        assertThat(ScimPaging.startIndex("21")).isEqualTo(21);
        assertThat(OptionalInt.of(ScimPaging.startIndex(" 3 "))).hasValue(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "", "99999999999"})
    void aCursorThatIsNotAPositiveIndexIsRefused(String cursor) {
        assertThatThrownBy(() -> ScimPaging.startIndex(cursor))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
    }

    private static JsonNode list(int total, int itemsPerPage, int startIndex, int returned) {
        StringBuilder resources = new StringBuilder();
        for (int i = 0; i < returned; i++) {
            resources.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(startIndex + i).append("\"}");
        }
        return json("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":" + total
                + ",\"itemsPerPage\":" + itemsPerPage + ",\"startIndex\":" + startIndex + ",\"Resources\":[" + resources + "]}");
    }

    private static JsonNode json(String s) {
        try {
            return Json.mapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
