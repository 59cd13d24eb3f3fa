package dev.roster.connectors.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.http.ApiUrl;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The member URLs: a DELETE without /$ref deletes the user object itself (Graph's group-delete-members page). */
class GraphPathsTest {
    private final GraphPaths paths = new GraphPaths(ApiUrl.base("https://graph.microsoft.com/v1.0"));

    @Test
    void removingAMemberAddressesItsReferenceOnly() {
        URI uri = paths.memberReference("02bd9fd6-8f93-4758-87c3-1fb73740a315", "48d31887-5fad-4d73-a9f5-3c356e68a038");

        assertThat(uri).hasToString("https://graph.microsoft.com/v1.0/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/members/"
                + "48d31887-5fad-4d73-a9f5-3c356e68a038/$ref");
    }

    @Test
    void anIdCannotClimbOutOfTheReferenceOrDropIt() {
        for (String id : new String[] {"a/b", "x/$ref/..", "u?x=1", "u#frag", "u%2F"}) {
            URI uri = paths.memberReference("g", id);
            assertThat(uri.getRawPath()).endsWith("/$ref").startsWith("/v1.0/groups/g/members/");
            assertThat(uri.getRawPath().split("/")).hasSize(7);
            assertThat(uri.getRawQuery()).isNull();
            assertThat(uri.getRawFragment()).isNull();
        }
        assertThatThrownBy(() -> paths.memberReference("g", "..")).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> paths.memberReference("g", "")).isInstanceOf(DirectoryException.class);
    }

    @Test
    void addingAMemberPostsToTheReferencesWithADirectoryObjectOnTheConfiguredCloud() {
        GraphPaths usGov = new GraphPaths(ApiUrl.base("https://graph.microsoft.us/v1.0/"));

        assertThat(usGov.memberReferences("g1")).hasToString("https://graph.microsoft.us/v1.0/groups/g1/members/$ref");
        assertThat(usGov.directoryObject("u1")).isEqualTo("https://graph.microsoft.us/v1.0/directoryObjects/u1");
    }

    @Test
    void membersAreListedThroughTheUserCast() {
        assertThat(paths.userMembers("g1")).hasToString("https://graph.microsoft.com/v1.0/groups/g1/members/microsoft.graph.user");
    }
}
