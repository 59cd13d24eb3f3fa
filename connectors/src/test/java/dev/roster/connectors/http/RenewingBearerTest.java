package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bearer token that is renewed: asked of its source for every request, checked like a pasted one, never printed. */
class RenewingBearerTest {

    @Test
    void everyRequestAsksTheSourceForTheCurrentToken() {
        Deque<String> tokens = new ArrayDeque<>(List.of("first-token", " second-token\n"));
        Auth auth = Auth.renewingBearer(tokens::poll);

        assertThat(auth.authorization()).contains("Bearer first-token");
        assertThat(auth.authorization()).contains("Bearer second-token");
        assertThat(auth.toString()).doesNotContain("token-").contains("****");
        assertThat(auth.secrets()).isEmpty();
    }

    @Test
    void aTokenWithALineBreakInsideIsRefused() {
        Auth auth = Auth.renewingBearer(() -> "half\r\nX-Injected: 1");

        assertThatThrownBy(auth::authorization).isInstanceOf(DirectoryException.class);
    }
}
