package dev.roster.connectors.truto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.TrutoFake;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import dev.roster.connectors.query.ResponseRenderer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roster's response options go to Truto as Truto's own (List Groups, "Truto-specific parameters"), Truto shapes
 * the answer, and Roster's rendering of it is Truto's shaping: applying the same options again changes nothing.
 */
class TrutoPassThroughTest {
    private static final String GROUPS = "/unified/user-directory/groups";
    private TrutoFake fake;
    private UnifiedDirectory directory;

    @BeforeEach
    void start() {
        fake = TrutoFake.start(5, 2);
        directory = TrutoTestConnections.open(fake);
    }

    @AfterEach
    void stop() {
        directory.close();
        fake.close();
    }

    @Test
    void excludedFieldsAreLeftOutByTrutoAndRosterShowsExactlyWhatItSent() {
        ResponseOptions options = new ResponseOptions(ResponseFormat.UNIFIED, List.of("description", "remote_data"), false, null);

        ListResult<Group> page = list(3, options);

        fake.server().verify(getRequestedFor(urlPathEqualTo(GROUPS))
                .withQueryParam("truto_exclude_fields[]", havingExactly("description", "remote_data"))
                .withQueryParam("truto_response_format", absent()));
        JsonNode truto = page.provider().raw().path("result");
        assertThat(truto).hasSize(3).allSatisfy(item -> assertThat(item.has("description") || item.has("remote_data")).isFalse());
        assertThat(rendered(page, options)).isEqualTo(truto);
    }

    @Test
    void ignoringRemoteDataIsTrutosToo() {
        ResponseOptions options = new ResponseOptions(ResponseFormat.UNIFIED, List.of(), true, null);

        ListResult<Group> page = list(2, options);

        fake.server().verify(getRequestedFor(urlPathEqualTo(GROUPS)).withQueryParam("truto_ignore_remote_data", equalTo("true")));
        assertThat(page.page().result()).allSatisfy(g -> assertThat(g.remoteData()).isNull());
        assertThat(rendered(page, options)).isEqualTo(page.provider().raw().path("result"));
    }

    @Test
    void normalizedIsTrutosNormalizedFormat() {
        ResponseOptions options = ResponseOptions.of(ResponseFormat.NORMALIZED);

        ListResult<Group> page = list(2, options);

        fake.server().verify(getRequestedFor(urlPathEqualTo(GROUPS)).withQueryParam("truto_response_format", equalTo("normalized")));
        assertThat(page.provider().raw().path("result")).allSatisfy(item -> assertThat(item.has("remote_data")).isFalse());
        assertThat(new ResponseRenderer(options).renderPage(page).path("result")).isEqualTo(page.provider().raw().path("result"));
    }

    @Test
    void rawIsTheIntegrationsOwnObjectsAsTrutoReturnedThem() {
        ResponseOptions options = ResponseOptions.of(ResponseFormat.RAW);

        ListResult<Group> page = list(2, options);

        fake.server().verify(getRequestedFor(urlPathEqualTo(GROUPS)).withQueryParam("truto_response_format", equalTo("raw")));
        JsonNode body = new ResponseRenderer(options).renderPage(page);
        assertThat(body).isSameAs(page.provider().raw());
        // Okta's group objects: the name is in profile, not a unified field
        assertThat(body.path("result")).hasSize(2).allSatisfy(item -> {
            assertThat(item.path("profile").path("name").asText()).startsWith("Seeded group");
            assertThat(item.has("name")).isFalse();
        });
        assertThat(page.page().result()).extracting(Group::id).containsExactly(
                body.path("result").get(0).path("id").asText(), body.path("result").get(1).path("id").asText());
        assertThat(page.page().hasMore()).isTrue();
    }

    @Test
    void keyByIsTrutosWhichThenIgnoresTheLimit() {
        ResponseOptions options = new ResponseOptions(ResponseFormat.UNIFIED, List.of(), false, "id");

        ListResult<Group> page = list(2, options);

        fake.server().verify(getRequestedFor(urlPathEqualTo(GROUPS)).withQueryParam("truto_key_by", equalTo("id")));
        JsonNode truto = page.provider().raw().path("result");
        assertThat(truto.isObject()).isTrue();
        assertThat(page.page().result()).hasSize(5);
        assertThat(page.page().hasMore()).isFalse();
        assertThat(rendered(page, options)).isEqualTo(truto);
    }

    @Test
    void debugShowsTrutosUnifiedBodyBesideRostersExchange() {
        ResponseOptions options = ResponseOptions.of(ResponseFormat.DEBUG);

        ListResult<Group> page = list(2, options);

        fake.server().verify(getRequestedFor(urlPathEqualTo(GROUPS)).withQueryParam("truto_response_format", absent()));
        JsonNode debug = new ResponseRenderer(options).renderPage(page).path("debug");
        assertThat(debug.path("data")).isEqualTo(page.provider().raw());
        assertThat(debug.path("requestUrl").asText()).contains("integrated_account_id=" + TrutoFake.ACCOUNT);
        assertThat(debug.path("requestOptions").path("headers").path("Authorization").asText()).doesNotContain(TrutoFake.TOKEN);
        assertThat(debug.path("responseHeaders").path("ratelimit-limit").asText()).isEqualTo("50");
    }

    @Test
    void withoutOptionsNothingTrutoSpecificIsSent() {
        directory.listGroups(ListQuery.ofLimit(2));

        fake.server().verify(getRequestedFor(urlPathEqualTo(GROUPS)).withQueryParam("truto_response_format", absent())
                .withQueryParam("truto_exclude_fields[]", absent()).withQueryParam("truto_ignore_remote_data", absent())
                .withQueryParam("truto_key_by", absent()));
    }

    private ListResult<Group> list(int limit, ResponseOptions options) {
        return directory.listGroups(ListQuery.ofLimit(limit).withResponseOptions(options));
    }

    /** Roster's unified rendering without the fields its records hold as null and Truto never sent. */
    private static JsonNode rendered(ListResult<Group> page, ResponseOptions options) {
        JsonNode result = new ResponseRenderer(options).renderPage(page).path("result").deepCopy();
        result.forEach(item -> ((ObjectNode) item).properties().removeIf(e -> e.getValue().isNull()));
        return result;
    }
}
