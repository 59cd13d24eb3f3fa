package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code limit} as the provider can serve it; no limit asked stays no limit (the connector's default). */
class OperationCapabilityClampTest {
    private final OperationCapability unbounded = OperationCapability.of(Set.of("id"), Set.of());

    @Test
    void noLimitStaysNoLimitWithOrWithoutAMaximum() {
        assertThat(unbounded.clampLimit(null)).isNull();
        assertThat(unbounded.withMaxPageSize(200).clampLimit(null)).isNull();
    }

    @Test
    void aLimitIsCutToTheMaximumOnly() {
        assertThat(unbounded.clampLimit(5000)).isEqualTo(5000);
        assertThat(unbounded.withMaxPageSize(200).clampLimit(5000)).isEqualTo(200);
        assertThat(unbounded.withMaxPageSize(200).clampLimit(50)).isEqualTo(50);
    }
}
