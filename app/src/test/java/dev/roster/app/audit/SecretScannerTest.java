package dev.roster.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit's scanner finds a secret in each form a leak takes, written here the way a product or a library
 * would write it (Basic auth, a form body, a JSON string, a PEM block ...), so that a zero count in the audit
 * means the secret is absent, not that the scanner was blind.
 */
class SecretScannerTest {
    /** Quote, backslash, slash, plus, equals, ampersand, space and a non-ASCII letter: every encoding differs. */
    private static final String SECRET = "Au\"d\\it/+=& pässwörd-7f3e9c";

    private final SecretScanner scanner = new SecretScanner().secret("planted", SECRET);

    private List<String> forms(String text) {
        return scanner.scan("here", text).stream().map(SecretScanner.Finding::form).toList();
    }

    @Test
    void findsThePlainSecretInsideOtherText() {
        assertThat(forms("error: bind as cn=x with " + SECRET + " failed")).contains("plain");
    }

    @Test
    void findsItUrlEncodedAsAFormBodyAQueryAndAPath() {
        String form = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        assertThat(forms("grant_type=client_credentials&client_secret=" + form + "&scope=x")).contains("url-encoded (form)");
        assertThat(forms("https://h/p/" + form.replace("+", "%20"))).contains("url-encoded (path)");
        // %c3%a4: some encoders write lower-case hex
        String lower = java.util.regex.Pattern.compile("%[0-9A-F]{2}").matcher(form.replace("+", "%20"))
                .replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT));
        assertThat(forms("?q=" + lower)).contains("url-encoded (lower-case hex)");
        assertThat(forms("next=" + URLEncoder.encode(form, StandardCharsets.UTF_8))).contains("url-encoded twice");
    }

    @Test
    void findsItJsonEscaped() {
        ObjectNode body = Json.mapper().createObjectNode().put("echo", SECRET);
        assertThat(forms(body.toString())).contains("json-escaped");
        assertThat(forms(body.toString().replace("/", "\\/"))).contains("json-escaped (slash)");
        // a JSON error whose raw_response is itself JSON text: the secret is escaped twice
        ObjectNode outer = Json.mapper().createObjectNode().put("raw_response", body.toString());
        assertThat(forms(outer.toString())).contains("json-escaped twice");
        assertThat(forms(body.toString().replace("ä", "\\u00e4").replace("ö", "\\u00f6"))).contains("json-escaped (ascii)");
    }

    @Test
    void findsItHexEncoded() {
        byte[] bytes = SECRET.getBytes(StandardCharsets.UTF_8);
        assertThat(forms("dump " + HexFormat.of().formatHex(bytes))).contains("hex");
        assertThat(forms("DUMP " + HexFormat.of().withUpperCase().formatHex(bytes))).contains("hex (upper-case)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "ab", "roster:", "cn=roster,ou=Services,dc=example,dc=com:"})
    void findsBasicAuthWhateverTheUserNameAndAlignment(String user) {
        String header = "Authorization: Basic " + Base64.getEncoder().encodeToString((user + SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(forms(header)).anyMatch(f -> f.startsWith("base64 ("));
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"u\":\"" + user + SECRET).getBytes(StandardCharsets.UTF_8));
        // url-safe and standard cores are one form when the secret's base64 has no + or /
        assertThat(forms("eyJhbGciOiJub25lIn0." + urlSafe + ".sig")).anyMatch(f -> f.startsWith("base64"));
    }

    @Test
    void findsBase64WrappedOverLinesAsInPemOrMime() {
        String mime = Base64.getMimeEncoder(16, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(("key material " + SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(mime).contains("\n");
        assertThat(forms("-----BEGIN X-----\n" + mime + "\n-----END X-----")).anyMatch(f -> f.startsWith("base64"));
        // the same PEM as a JSON string, its line breaks escaped
        assertThat(forms("{\"private_key\":\"" + mime.replace("\n", "\\n") + "\"}")).anyMatch(f -> f.startsWith("base64"));
    }

    @Test
    void cleanAndMaskedTextHasNoFinding() {
        assertThat(scanner.scan("here", "Authorization: Bearer **** and client_secret=****")).isEmpty();
        assertThat(scanner.scan("here", SECRET.substring(0, 10))).isEmpty();
        assertThat(scanner.scan("here", "")).isEmpty();
    }

    @Test
    void aFindingNamesWhereAndWhichAndNeverPrintsTheSecret() {
        List<SecretScanner.Finding> found = scanner.scan("stderr of groups list", "x " + SECRET + " y");
        assertThat(found).isNotEmpty();
        SecretScanner.Finding first = found.getFirst();
        assertThat(first.where()).isEqualTo("stderr of groups list");
        assertThat(first.secret()).isEqualTo("planted");
        assertThat(first.toString()).contains("<SECRET>").doesNotContain(SECRET);
    }

    @Test
    void walksAFolderTreeAndItsFileNames(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/clean.txt"), "nothing here");
        Files.writeString(root.resolve("a/b/log.txt"), "line\nBasic " + Base64.getEncoder()
                .encodeToString(("u:" + SECRET).getBytes(StandardCharsets.UTF_8)) + "\n");
        Files.writeString(root.resolve(HexFormat.of().formatHex(SECRET.getBytes(StandardCharsets.UTF_8)) + ".bin"), "");
        List<SecretScanner.Finding> found = new SecretScanner().secret("planted", SECRET).scanTree(root);
        assertThat(found).extracting(SecretScanner.Finding::where)
                .anyMatch(w -> w.endsWith("log.txt")).anyMatch(w -> w.startsWith("file name")).noneMatch(w -> w.endsWith("clean.txt"));
        assertThat(SecretScanner.files(root)).hasSize(3);
    }

    @Test
    void refusesASecretTooShortToSearchFor() {
        assertThatThrownBy(() -> new SecretScanner().secret("short", "abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
