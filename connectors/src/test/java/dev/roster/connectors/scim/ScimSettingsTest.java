package dev.roster.connectors.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings are checked before anything is sent; a token in clear to another machine is a warning. */
class ScimSettingsTest {
    private final ScimConnectorProvider provider = new ScimConnectorProvider();

    private static ConnectionSettings settings(Map<String, String> values) {
        return new ConnectionSettings("s", values, Map.of());
    }

    @Test
    void anHttpBaseUrlToAnotherHostIsAWarningAndLoopbackIsNot() {
        // refused without the opt-in (feature: tls-trust), a warning with it
        assertThat(catchThrowableOfType(DirectoryException.class, () -> provider.review(settings(Map.of("base_url",
                "http://scim.example.com/scim/v2")))).code()).contains(dev.roster.connectors.ErrorCode.INSECURE_CONNECTION_REFUSED);
        assertThat(provider.review(settings(Map.of("base_url", "http://scim.example.com/scim/v2", "allow_insecure", "true"))))
                .singleElement().asString().contains("in clear").contains("scim.example.com").contains("https://");
        assertThat(provider.review(settings(Map.of("base_url", "http://127.0.0.1:8089/scim/v2")))).isEmpty();
        assertThat(provider.review(settings(Map.of("base_url", "https://scim.example.com/scim/v2")))).isEmpty();
    }

    @Test
    void anUnknownPatchStyleOrABaseUrlWithAQueryIsRefused() {
        DirectoryException style = catchThrowableOfType(DirectoryException.class, () -> provider.review(
                settings(Map.of("base_url", "https://scim.example.com/scim/v2", "patch_style", "okta"))));
        assertThat(style.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(style.getMessage()).contains("patch_style").contains("rfc7644").contains("entra");

        DirectoryException query = catchThrowableOfType(DirectoryException.class, () -> provider.review(
                settings(Map.of("base_url", "https://scim.example.com/scim/v2?tenant=1"))));
        assertThat(query.kind()).isEqualTo(ErrorKind.VALIDATION);
    }

    @Test
    void aMissingTokenIsRefusedOnConnect() {
        DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> provider.connect(
                settings(Map.of("base_url", "https://scim.example.com/scim/v2")), new dev.roster.connectors.trace.ExchangeLog(java.util.List.of())));
        assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(e.getMessage()).contains("token");
    }
}
