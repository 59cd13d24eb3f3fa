package dev.roster.connectors.truto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Truto's settings: the documented API host by default, an integrated account and a token required, checked before anything is sent. */
class TrutoSettingsTest {
    private final TrutoConnectorProvider provider = new TrutoConnectorProvider();

    @Test
    void theBaseUrlDefaultsToTrutosApiHostAndTheHttpAndTlsKnobsAreOffered() {
        assertThat(provider.settings()).extracting(SettingSpec::key).containsExactly("base_url", "integrated_account_id", "token",
                "connect_timeout_seconds", "request_timeout_seconds", "trusted_certificates", "tls_server_name", "allow_insecure");
        assertThat(provider.settings().getFirst().defaultValue()).isEqualTo("https://api.truto.one");
        assertThat(provider.settings().get(2).secret()).isTrue();
        TrutoSettings parsed = TrutoSettings.from(settings(Map.of("integrated_account_id", " ia-1 ")));
        assertThat(parsed.baseUrl()).isEqualTo("https://api.truto.one");
        assertThat(parsed.integratedAccountId()).isEqualTo("ia-1");
        assertThat(parsed.toString()).doesNotContain("tok-123");
    }

    @Test
    void aMissingIntegratedAccountOrTokenIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> provider.connect(settings(Map.of()), new ExchangeLog(List.of())))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                    assertThat(e.code()).contains(ErrorCode.SETTING_MISSING);
                    assertThat(e.getMessage()).contains("integrated_account_id");
                });
        ConnectionSettings noToken = new ConnectionSettings("t", Map.of("integrated_account_id", "ia-1"), Map.of());
        assertThatThrownBy(() -> provider.connect(noToken, new ExchangeLog(List.of())))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.getMessage()).contains("token"));
    }

    @Test
    void aBaseUrlThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> TrutoSettings.from(settings(Map.of("integrated_account_id", "ia-1", "base_url", "api.truto.one"))))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.code()).contains(ErrorCode.BASE_URL_NOT_ABSOLUTE));
    }

    @Test
    void plainHttpToAnotherMachineIsAWarningButNotOnThisOne() {
        // refused without the opt-in (feature: tls-trust), a warning with it
        assertThatThrownBy(() -> provider.review(settings(Map.of("base_url", "http://proxy.example.com"))))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.code()).contains(ErrorCode.INSECURE_CONNECTION_REFUSED));
        assertThat(provider.review(settings(Map.of("base_url", "http://proxy.example.com", "allow_insecure", "true")))).singleElement().asString()
                .contains("in clear").contains("proxy.example.com");
        assertThat(provider.review(settings(Map.of("base_url", "http://localhost:18089")))).isEmpty();
        assertThat(provider.review(settings(Map.of("base_url", "http://127.0.0.1:18089")))).isEmpty();
        assertThat(provider.review(settings(Map.of()))).isEmpty();
    }

    private static ConnectionSettings settings(Map<String, String> values) {
        return new ConnectionSettings("t", values, Map.of("token", "tok-123"));
    }
}
