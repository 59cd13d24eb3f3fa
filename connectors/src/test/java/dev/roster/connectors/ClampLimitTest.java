package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A list without --limit on a connector that declares a maximum page size keeps the connector's default. */
class ClampLimitTest {
    private final OperationCapability capped = OperationCapability.of(Set.of("id"), Set.of()).withMaxPageSize(999);

    @Test
    void noLimitStaysNoLimit() {
        assertThat(capped.clampLimit(null)).isNull();
    }

    @Test
    void aLargerLimitIsClampedAndASmallerKept() {
        assertThat(capped.clampLimit(5_000)).isEqualTo(999);
        assertThat(capped.clampLimit(3)).isEqualTo(3);
    }
}
