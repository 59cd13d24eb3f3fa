package dev.roster.connectors.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void blankIsAbsentAndAnythingElseLosesItsOuterWhiteSpace() {
        assertThat(Text.blankToNull(null)).isNull();
        assertThat(Text.blankToNull("")).isNull();
        assertThat(Text.blankToNull(" \t\n\u2003")).isNull();
        assertThat(Text.blankToNull("  Night Shift ")).isEqualTo("Night Shift");
        assertThat(Text.blankToNull("Ada")).isEqualTo("Ada");
    }
}
