package dev.roster.connectors.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.model.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A known secret is masked in the forms it takes once it has been through JSON or a form body, not only
 * as typed: the redaction audit found an LDAP raw response (JSON built from the server's diagnostic, which
 * repeated the password) that kept a password with a quote readable, since the literal match missed it.
 */
class RedactorEncodedSecretsTest {
    private static final String SECRET = "Wr0ng\"pa\\ss wörd+/=&~9c2e";
    private final Redactor redactor = Redactor.knowing(List.of(SECRET));

    @Test
    void aSecretInsideJsonTextIsMaskedWhereItWasEscaped() throws Exception {
        String json = Json.mapper().createObjectNode().put("diagnostic_message", "bad password '" + SECRET + "'").toString();
        assertThat(json).doesNotContain(SECRET).contains("Wr0ng\\\"pa\\\\ss");

        String masked = redactor.text(json);

        assertThat(masked).doesNotContain("Wr0ng").contains(Redactor.MASK);
        assertThat(Json.mapper().readTree(masked).get("diagnostic_message").asText()).isEqualTo("bad password '****'");
    }

    @Test
    void aSecretInAnEchoedFormBodyIsMaskedUrlEncodedEitherWay() {
        String form = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        String echoed = "{\"request\":\"client_id=x&client_secret=" + form + "&scope=y\",\"path\":\"/p/" + form.replace("+", "%20") + "\"}";

        String masked = redactor.text(echoed);

        assertThat(masked).doesNotContain("Wr0ng").isEqualTo("{\"request\":\"client_id=x&client_secret=****&scope=y\",\"path\":\"/p/****\"}");
    }

    @Test
    void aSecretWithNothingToEscapeIsMaskedAsBefore() {
        Redactor plain = Redactor.knowing(List.of("abcDEF123456"));
        assertThat(plain.text("token abcDEF123456 and \"abcDEF123456\"")).isEqualTo("token **** and \"****\"");
        assertThat(plain.text(null)).isNull();
    }
}
