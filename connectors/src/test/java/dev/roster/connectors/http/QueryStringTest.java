package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void keepsTheDollarOfODataOptionsAndEncodesTheirValues() {
        String q = QueryString.create().add("$top", 999).add("$filter", "startswith(displayName,'HR & Ops')").encode();

        assertThat(q).isEqualTo("$top=999&$filter=startswith%28displayName%2C%27HR%20%26%20Ops%27%29");
    }

    @Test
    void encodesBracketsOfNestedNamesSinceTheyAreNotAllowedInAQuery() {
        String q = QueryString.create().addNested("remote_query", Map.of("status", "ACTIVE", "q", "a=b")).encode();

        assertThat(q).isEqualTo("remote_query%5Bq%5D=a%3Db&remote_query%5Bstatus%5D=ACTIVE");
        assertThat(URI.create("https://api.truto.one/unified/user-directory/groups?" + q).getQuery())
                .isEqualTo("remote_query[q]=a=b&remote_query[status]=ACTIVE");
    }

    @Test
    void encodesNonAsciiAsUtf8AndSpaceAsPercent20NotPlus() {
        String q = QueryString.create().add("search", "profile.name eq \"Zoë Ørsted\"").add("q", "東京 1+1").encode();

        assertThat(q).isEqualTo("search=profile.name%20eq%20%22Zo%C3%AB%20%C3%98rsted%22&q=%E6%9D%B1%E4%BA%AC%201%2B1");
    }

    @Test
    void keepsRepeatedKeysInOrderAndSkipsNullValues() {
        QueryString q = QueryString.create()
                .add("truto_exclude_fields[]", "remote_data")
                .add("limit", (Integer) null)
                .add("truto_exclude_fields[]", "description")
                .add("empty", "");

        assertThat(q.encode()).isEqualTo(
                "truto_exclude_fields%5B%5D=remote_data&truto_exclude_fields%5B%5D=description&empty=");
        assertThat(q.all("truto_exclude_fields[]")).containsExactly("remote_data", "description");
        assertThat(q.first("limit")).isEmpty();
    }

    @Test
    void appendsToAUrlThatAlreadyHasAQuery() {
        URI next = URI.create("https://graph.microsoft.com/v1.0/groups?$top=2");

        assertThat(QueryString.create().add("$count", "true").appendTo(next))
                .hasToString("https://graph.microsoft.com/v1.0/groups?$top=2&$count=true");
        assertThat(QueryString.create().add("a", "1").appendTo(URI.create("https://x.test/p")))
                .hasToString("https://x.test/p?a=1");
        assertThat(QueryString.create().appendTo(next)).isSameAs(next);
    }

    @Test
    void parsesAProviderLinkDecodingOnceSoACursorRoundTripsUnchanged() {
        String after = "00g1emaKY/ZT+WR==";
        URI link = QueryString.create().add("after", after).add("limit", 200).appendTo(URI.create("https://acme.okta.com/api/v1/groups"));

        QueryString parsed = QueryString.parse(link);

        assertThat(parsed.first("after")).contains(after);
        assertThat(parsed.first("limit")).contains("200");
        assertThat(QueryString.create().add("after", parsed.first("after").orElseThrow()).encode())
                .isEqualTo("after=00g1emaKY%2FZT%2BWR%3D%3D");
    }

    @Test
    void readsFormEncodedLinksAsOktaDocumentsThem() {
        QueryString parsed = QueryString.parse(URI.create("https://acme.okta.com/api/v1/groups?search=type+eq+%22OKTA_GROUP%22&&flag"));

        assertThat(parsed.first("search")).contains("type eq \"OKTA_GROUP\"");
        assertThat(parsed.first("flag")).contains("");
        assertThat(QueryString.parse(URI.create("https://acme.okta.com/api/v1/groups")).isEmpty()).isTrue();
    }

    @Test
    void replaceSetsOneParameterInItsPlaceAndLeavesEveryOtherByteOfTheLink() {
        // an Okta next link written form-style, with a cursor holding escapes of its own
        URI link = URI.create("https://acme.okta.com/api/v1/groups?search=type+eq+%22OKTA_GROUP%22&limit=1&after=00g%2fZT%2BWR&flag");

        assertThat(QueryString.replace(link, "limit", "200"))
                .hasToString("https://acme.okta.com/api/v1/groups?search=type+eq+%22OKTA_GROUP%22&limit=200&after=00g%2fZT%2BWR&flag");
    }

    @Test
    void replaceAppendsAnAbsentParameterEncodedAndDropsRepeatsOfAPresentOne() {
        assertThat(QueryString.replace(URI.create("https://x.test/groups"), "$top", "999")).hasToString("https://x.test/groups?$top=999");
        assertThat(QueryString.replace(URI.create("https://x.test/groups?a=1"), "pageToken", "a+b/c= d"))
                .hasToString("https://x.test/groups?a=1&pageToken=a%2Bb%2Fc%3D%20d");
        assertThat(QueryString.replace(URI.create("https://x.test/g?count=5&b=2&count=7"), "count", "10"))
                .hasToString("https://x.test/g?count=10&b=2");
        // the name as written in the link may be encoded; it is still the same parameter
        assertThat(QueryString.replace(URI.create("https://x.test/g?%24top=5"), "$top", "2")).hasToString("https://x.test/g?$top=2");
    }

    @Test
    void replaceWithNullRemovesTheParameterAndKeepsAFragment() {
        assertThat(QueryString.replace(URI.create("https://x.test/g?limit=5&after=x#frag"), "limit", null))
                .hasToString("https://x.test/g?after=x#frag");
        assertThat(QueryString.replace(URI.create("https://x.test/g?limit=5"), "limit", null)).hasToString("https://x.test/g");
        assertThat(QueryString.replace(URI.create("https://x.test/g#a?b"), "limit", "1")).hasToString("https://x.test/g?limit=1#a?b");
        assertThat(QueryString.replace(URI.create("https://x.test:8443/g"), "limit", "1")).hasToString("https://x.test:8443/g?limit=1");
    }

    @Test
    void refusesANamelessParameter() {
        assertThatThrownBy(() -> QueryString.create().add("", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
