package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthTest {

    @Test
    void buildsTheAuthorizationValueOfEachScheme() {
        assertThat(Auth.bearer("abc").authorization()).contains("Bearer abc");
        assertThat(Auth.oktaApiToken("00abc").authorization()).contains("SSWS 00abc");
        assertThat(Auth.none().authorization()).isEmpty();
    }

    @Test
    void dropsTheNewlineOfAPastedToken() {
        assertThat(Auth.bearer("  abc\n").authorization()).contains("Bearer abc");
        assertThat(Auth.bearer("  abc\n").secrets()).containsExactly("abc");
    }

    @Test
    void neverShowsTheTokenInToString() {
        assertThat(Auth.oktaApiToken(TestTransports.TOKEN)).hasToString("Auth[SSWS ****]");
        assertThat(Auth.none().secrets()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc\ndef", "abc\rdef"})
    void refusesAnEmptyOrMultiLineToken(String token) {
        assertThatThrownBy(() -> Auth.bearer(token))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
    }

    @Test
    void refusesAMissingToken() {
        assertThatThrownBy(() -> Auth.oktaApiToken(null)).isInstanceOf(DirectoryException.class);
    }
}
