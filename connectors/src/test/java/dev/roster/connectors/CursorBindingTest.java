package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.query.ListQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code next_cursor} is Roster's to give: one handed back must page the same list on the same connection,
 * in a new process too, and nothing else. A cursor someone edited (to point the provider cursor at another
 * page, or, for a next-link provider, another host) or one from another connection is refused before
 * anything is sent.
 */
class CursorBindingTest {
    private static final String TOKEN = InMemoryTestConnector.TOKEN;

    private static UnifiedDirectory open(String name, String token) {
        return UnifiedDirectory.open(InMemoryTestConnector.PROVIDER, new ConnectionSettings(name, Map.of(), Map.of("token", token)));
    }

    @Test
    void aCursorResumesOnTheSameConnectionOpenedAgain() {
        String cursor;
        try (UnifiedDirectory first = open("corp", TOKEN)) {
            cursor = first.listGroups(ListQuery.ofLimit(10)).page().nextCursor();
        }
        try (UnifiedDirectory again = open("corp", TOKEN)) {
            ListResult<Group> second = again.listGroups(ListQuery.ofLimit(10).withCursor(cursor));

            assertThat(second.page().result()).extracting(Group::id).first().isEqualTo("g10");
        }
    }

    @Test
    void refusesACursorWhoseContentWasEdited() {
        try (UnifiedDirectory directory = open("corp", TOKEN)) {
            String cursor = directory.listGroups(ListQuery.ofLimit(10)).page().nextCursor();
            String forged = withProviderCursor(cursor, "20");

            assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(10).withCursor(forged)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION))
                    .hasMessageContaining("not a cursor");
        }
    }

    @Test
    void refusesACursorFromAnotherConnection() {
        String cursor;
        try (UnifiedDirectory corp = open("corp", TOKEN)) {
            cursor = corp.listGroups(ListQuery.ofLimit(10)).page().nextCursor();
        }
        try (UnifiedDirectory other = open("lab", TOKEN);
             UnifiedDirectory otherToken = open("corp", "another-token-of-corp")) {
            assertThatThrownBy(() -> other.listGroups(ListQuery.ofLimit(10).withCursor(cursor)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
            assertThatThrownBy(() -> otherToken.listGroups(ListQuery.ofLimit(10).withCursor(cursor)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
        }
    }

    /**
     * Rewrites the provider cursor inside the opaque one the way someone with a base64 decoder would: the
     * JSON payload (before any '.' that may follow it) edited, the rest kept.
     */
    private static String withProviderCursor(String cursor, String providerCursor) {
        int dot = cursor.indexOf('.');
        String payload = dot < 0 ? cursor : cursor.substring(0, dot);
        String rest = dot < 0 ? "" : cursor.substring(dot);
        try {
            ObjectNode node = (ObjectNode) Json.mapper().readTree(Base64.getUrlDecoder().decode(payload));
            node.put("c", providerCursor);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8)) + rest;
        } catch (java.io.IOException e) {
            throw new AssertionError("the cursor's payload is JSON", e);
        }
    }
}
