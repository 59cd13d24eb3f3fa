package dev.roster.connectors.truto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.TrutoFake;
import dev.roster.connectors.query.ListQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Truto's List Groups documents a user filter for a single integration only, and an integration that does not
 * map it would answer every group: the connector does not declare user_id, so the groups of a user are a
 * clear validation error with nothing sent, never a list that only looks like the user's groups.
 */
class TrutoGroupsOfUserTest {
    private TrutoFake fake;
    private UnifiedDirectory directory;

    @BeforeEach
    void start() {
        fake = TrutoFake.start(5, 3);
        directory = TrutoTestConnections.open(fake);
    }

    @AfterEach
    void stop() {
        directory.close();
        fake.close();
    }

    @Test
    void theGroupsOfAUserAreRefusedBeforeAnythingIsSent() {
        assertThat(directory.capabilities().of(Operation.LIST_GROUPS).orElseThrow().filters())
                .doesNotContain(OperationCapability.USER_ID);
        fake.server().resetRequests();

        assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(5).withUserId("00u1")))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                    assertThat(e.code()).contains(ErrorCode.USER_FILTER_UNSUPPORTED);
                    assertThat(e.getMessage()).contains("Truto").contains("user_id");
                });
        assertThatThrownBy(() -> directory.walkGroups(ListQuery.ofLimit(5).withUserId("00u1"), p -> { }, () -> false))
                .isInstanceOf(DirectoryException.class);

        assertThat(fake.server().getAllServeEvents()).isEmpty();
        assertThat(directory.exchanges().snapshot()).isEmpty();
    }
}
