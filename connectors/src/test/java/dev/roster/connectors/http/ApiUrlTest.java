package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiUrlTest {

    @Test
    void joinsSegmentsEncodingEachOnItsOwn() {
        String url = ApiUrl.base("https://graph.microsoft.com/v1.0/").path("groups", "a/b c", "members", "$ref").toString();

        assertThat(url).isEqualTo("https://graph.microsoft.com/v1.0/groups/a%2Fb%20c/members/$ref");
    }

    @Test
    void keepsTheAtOfGoogleEmailKeysAndEncodesNonAscii() {
        String url = ApiUrl.base("https://admin.googleapis.com/admin/directory/v1")
                .path("groups", "zoë@example.com", "members").toString();

        assertThat(url).isEqualTo("https://admin.googleapis.com/admin/directory/v1/groups/zo%C3%AB@example.com/members");
    }

    @Test
    void addsTheQuery() {
        String url = ApiUrl.base("https://acme.okta.com").path("api", "v1", "groups")
                .query(QueryString.create().add("limit", 200).add("search", "type eq \"OKTA_GROUP\"")).toString();

        assertThat(url).isEqualTo("https://acme.okta.com/api/v1/groups?limit=200&search=type%20eq%20%22OKTA_GROUP%22");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", ""})
    void refusesSegmentsThatWouldAddressAnotherResource(String id) {
        ApiUrl url = ApiUrl.base("https://acme.okta.com/api/v1").path("groups", "00g1");

        assertThatThrownBy(() -> url.path("users", id))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme.okta.com", "ftp://acme.okta.com", "https://", "https://acme.okta.com/?x=1", "https://acme okta"})
    void refusesABaseThatIsNotAnAbsoluteHttpUrl(String base) {
        assertThatThrownBy(() -> ApiUrl.base(base))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
    }
}
