package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSettingsTest {

    @Test
    void usesTheDefaultsWhenNothingIsSet() {
        HttpSettings s = HttpSettings.from(new ConnectionSettings("acme", Map.of(), Map.of()));

        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.retry()).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void readsTheTimeoutsFromTheConnection() {
        HttpSettings s = HttpSettings.from(new ConnectionSettings("acme",
                Map.of("connect_timeout_seconds", "3", "request_timeout_seconds", " 120 "), Map.of()));

        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-4", "ten", "1.5", "3601"})
    void refusesATimeoutThatIsNotAReasonableWholeNumber(String value) {
        ConnectionSettings settings = new ConnectionSettings("acme", Map.of("request_timeout_seconds", value), Map.of());

        assertThatThrownBy(() -> HttpSettings.from(settings))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                    assertThat(e.getMessage()).contains("request_timeout_seconds", "acme");
                });
    }

    @Test
    void offersItsSettingsToConnectors() {
        assertThat(HttpSettings.SPECS).extracting(spec -> spec.key())
                .containsExactly("connect_timeout_seconds", "request_timeout_seconds");
    }
}
