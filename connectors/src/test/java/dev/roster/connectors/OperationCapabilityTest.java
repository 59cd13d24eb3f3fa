package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a list declares beyond fields: its largest page and the parameter that searches by free text. */
class OperationCapabilityTest {
    private static final OperationCapability LIST = OperationCapability.of(Set.of("id", "name"), Set.of());

    @Test
    void aLimitAboveTheMaximumPageIsClampedAndOneBelowOrNoneIsLeftAlone() {
        // Microsoft Graph: $top at most 999
        OperationCapability graph = LIST.withMaxPageSize(999);

        assertThat(graph.maxPageSize()).isEqualTo(999);
        assertThat(graph.clampLimit(5000)).isEqualTo(999);
        assertThat(graph.clampLimit(999)).isEqualTo(999);
        assertThat(graph.clampLimit(20)).isEqualTo(20);
        assertThat(graph.clampLimit(null)).as("no limit: the connector's default").isNull();
        assertThat(LIST.maxPageSize()).isNull();
        assertThat(LIST.clampLimit(100_000)).as("no declared maximum").isEqualTo(100_000);
    }

    @Test
    void aMaximumPageBelowOneIsRefused() {
        assertThatThrownBy(() -> LIST.withMaxPageSize(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> LIST.withMaxPageSize(-5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSearchParameterMustBeOneOfTheDeclaredParameters() {
        OperationCapability okta = LIST.withParameters(Set.of("q", "search", "filter")).withSearchParameter("q");

        assertThat(okta.search()).contains("q");
        assertThat(LIST.search()).isEmpty();
        assertThatThrownBy(() -> LIST.withSearchParameter("q")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declared parameter");
        // dropping the parameter later would leave the search box sending an undeclared one
        assertThatThrownBy(() -> okta.withParameters(Set.of("filter"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyWithKeepsWhatWasDeclaredBefore() {
        OperationCapability full = LIST.withParameters(Set.of("query")).withSearchParameter("query").withMaxPageSize(200)
                .withOneOf("id", "name");

        assertThat(full.maxPageSize()).isEqualTo(200);
        assertThat(full.search()).contains("query");
        assertThat(full.parameters()).containsExactly("query");
        assertThat(full.requiredOneOf()).containsExactly(Set.of("id", "name"));
        assertThat(full.withParameters(Set.of("query", "domain")).maxPageSize()).isEqualTo(200);
    }

    @Test
    void theShapeBeforePageSizesStillBuildsOneWithNeither() {
        OperationCapability old = new OperationCapability(Set.of("id"), Set.of(), Set.of("q"), List.of());

        assertThat(old.maxPageSize()).isNull();
        assertThat(old.search()).isEmpty();
    }
}
