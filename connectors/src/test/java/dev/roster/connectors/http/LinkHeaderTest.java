package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
    private static final URI REQUEST = URI.create("https://acme.okta.com/api/v1/groups?limit=2");

    @Test
    void findsNextAmongOktaStyleSeparateHeaderLines() {
        List<String> lines = List.of(
                "<https://acme.okta.com/api/v1/groups?limit=2>; rel=\"self\"",
                "<https://acme.okta.com/api/v1/groups?after=00g1emaKYZTWRYYRRTSK&limit=2>; rel=\"next\"");

        assertThat(LinkHeader.find(lines, "next")).contains("https://acme.okta.com/api/v1/groups?after=00g1emaKYZTWRYYRRTSK&limit=2");
    }

    @Test
    void findsNextInOneCommaJoinedValueEvenWithCommasInsideTheUrl() {
        String joined = "<https://api.example.com/items?fields=a,b&page=1>; rel=\"prev\", "
                + "<https://api.example.com/items?fields=a,b&page=3>; rel=\"next\"";

        assertThat(LinkHeader.find(List.of(joined), "next")).contains("https://api.example.com/items?fields=a,b&page=3");
        assertThat(LinkHeader.parse(List.of(joined))).hasSize(2);
    }

    @Test
    void readsSeveralRelationTypesInOneQuotedRelCaseInsensitively() {
        String value = "<https://api.example.com/p/9>; rel=\"Next  LAST\"; title=\"page 9; of 9, the end\"";

        LinkHeader.Link link = LinkHeader.parse(List.of(value)).getFirst();

        assertThat(link.rels()).containsExactly("next", "last");
        assertThat(link.hasRel("last")).isTrue();
        assertThat(link.params()).containsEntry("title", "page 9; of 9, the end");
    }

    @Test
    void acceptsAnUnquotedRelAndToleratesWhitespace() {
        String value = "  <https://api.example.com/p/2> ;rel=next ;  type=\"application/json\"";

        assertThat(LinkHeader.find(List.of(value), "next")).contains("https://api.example.com/p/2");
    }

    @Test
    void keepsTheFirstRelWhenALinkRepeatsIt() {
        String value = "<https://api.example.com/p/2>; rel=\"self\"; rel=\"next\"";

        assertThat(LinkHeader.find(List.of(value), "next")).isEmpty();
    }

    @Test
    void unescapesQuotedPairsInParameterValues() {
        String value = "<https://api.example.com/p/2>; rel=\"next\"; title=\"a \\\"quoted\\\" title\"";

        assertThat(LinkHeader.parse(List.of(value)).getFirst().params()).containsEntry("title", "a \"quoted\" title");
    }

    @Test
    void noNextMeansTheLastPage() {
        assertThat(LinkHeader.find(List.of("<https://acme.okta.com/api/v1/groups?limit=2>; rel=\"self\""), "next")).isEmpty();
        assertThat(LinkHeader.find(List.of(), "next")).isEmpty();
        assertThat(LinkHeader.find(List.of(""), "next")).isEmpty();
    }

    @Test
    void skipsGarbageBetweenLinks() {
        String value = "garbage; rel=\"next\", <https://api.example.com/p/2>; rel=\"next\", <unterminated";

        assertThat(LinkHeader.parse(List.of(value))).extracting(LinkHeader.Link::uri).containsExactly("https://api.example.com/p/2");
    }

    @Test
    void resolvesARelativeNextAgainstTheRequestUrl() {
        HttpHeaders headers = headers("link", "</api/v1/groups?after=abc&limit=2>; rel=\"next\"");

        assertThat(LinkHeader.next(headers, REQUEST)).contains(URI.create("https://acme.okta.com/api/v1/groups?after=abc&limit=2"));
    }

    @Test
    void readsTheHeaderWhateverItsCase() {
        HttpHeaders headers = headers("Link", "<https://acme.okta.com/api/v1/groups?after=x>; rel=\"next\"");

        assertThat(LinkHeader.next(headers, REQUEST)).contains(URI.create("https://acme.okta.com/api/v1/groups?after=x"));
    }

    @Test
    void aNextThatIsNotAUrlIsAProtocolError() {
        HttpHeaders headers = headers("link", "<https://acme okta.com/x y>; rel=\"next\"");

        assertThatThrownBy(() -> LinkHeader.next(headers, REQUEST))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL));
    }

    private static HttpHeaders headers(String name, String... values) {
        return HttpHeaders.of(Map.of(name, List.of(values)), (n, v) -> true);
    }
}
