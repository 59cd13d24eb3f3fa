package dev.roster.connectors.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The key file is read as a careful tool reads a private key: shared modes are pointed out, anything else refused. */
class GoogleKeyFileTest {
    private final GoogleTestConnections google = new GoogleTestConnections(1, 1);
    private final GoogleConnectorProvider provider = new GoogleConnectorProvider();

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void aKeyOnlyItsOwnerMayReadPassesReviewWithoutWarnings() {
        assertThat(provider.review(google.settings(Map.of()))).isEmpty();
    }

    @Test
    void aKeyThatGroupOrOthersMayReadIsAWarningThatSaysHowToFixIt() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Files.setPosixFilePermissions(google.keyFile, PosixFilePermissions.fromString("rw-r--r--"));

        List<String> warnings = provider.review(google.settings(Map.of()));

        assertThat(warnings).singleElement().asString()
                .contains(google.keyFile.toString(), "rw-r--r--", "private key", "chmod 600");
    }

    @Test
    void aKeyOnlyTheGroupMayReadIsAWarningToo() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Files.setPosixFilePermissions(google.keyFile, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(provider.review(google.settings(Map.of()))).hasSize(1);
    }

    @Test
    void aMissingFileIsAValidationErrorNamingIt() {
        Path missing = google.folder.resolve("nope.json");
        assertThatThrownBy(() -> provider.review(google.settings(Map.of("service_account_key_file", missing.toString()))))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                    assertThat(e.code()).contains(ErrorCode.PEM_NO_FILE);
                    assertThat(e.getMessage()).contains(missing.toString());
                });
    }

    /** An OAuth client's own credentials (type authorized_user) hold a secret too: refused, the secret not quoted. */
    @Test
    void aFileThatIsNotAServiceAccountKeyIsRefusedWithoutQuotingIt() throws Exception {
        Path other = Files.writeString(google.folder.resolve("user.json"),
                "{\"type\":\"authorized_user\",\"client_id\":\"1.apps.googleusercontent.com\",\"client_secret\":\"d-FL95Q19q7MQmFpd7hHD0Ty\",\"refresh_token\":\"1//0gZ\"}");
        assertRefused(other, "its type is not service_account");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithoutQuotingIt() throws Exception {
        Path pem = Files.writeString(google.folder.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n");
        assertRefused(pem, "it is not JSON");
    }

    @Test
    void aServiceAccountKeyWithoutAPrivateKeyIsRefused() throws Exception {
        Path half = Files.writeString(google.folder.resolve("half.json"),
                "{\"type\":\"service_account\",\"client_email\":\"a@b.iam.gserviceaccount.com\",\"private_key\":\"MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\"}");
        assertRefused(half, "its private_key is not a PEM private key");
    }

    @Test
    void aTokenUriInClearToAnotherMachineIsRefused() throws Exception {
        String key = Files.readString(google.keyFile).replace(google.fake.tokenUri(), "http://tokens.example.com/token");
        Path elsewhere = Files.writeString(google.folder.resolve("elsewhere.json"), key);
        assertRefused(elsewhere, "its token_uri is not an https:// URL");
    }

    @Test
    void connectingReadsTheKeyToo() throws Exception {
        Path pem = Files.writeString(google.folder.resolve("key2.pem"), "not a key");
        ConnectionSettings settings = google.settings(Map.of("service_account_key_file", pem.toString()));
        assertThatThrownBy(() -> provider.connect(settings, google.log)).isInstanceOfSatisfying(DirectoryException.class,
                e -> assertThat(e.code()).contains(ErrorCode.GOOGLE_NOT_A_KEY_FILE));
        assertThat(google.log.snapshot()).as("nothing was sent").isEmpty();
    }

    @Test
    void aServiceAccountConnectionNeedsTheKeyFileAndTheSubject() {
        var noSubject = new ConnectionSettings("c", Map.of("service_account_key_file", google.keyFile.toString()), Map.of());
        assertThatThrownBy(() -> provider.review(noSubject)).isInstanceOfSatisfying(DirectoryException.class, e -> {
            assertThat(e.code()).contains(ErrorCode.SETTING_MISSING);
            assertThat(e.getMessage()).contains("subject");
        });
        var noToken = new ConnectionSettings("c", Map.of("auth", "token"), Map.of());
        assertThatThrownBy(() -> provider.connect(noToken, google.log)).isInstanceOfSatisfying(DirectoryException.class,
                e -> assertThat(e.getMessage()).contains("token"));
    }

    /** A connection is reviewed before its secrets are resolved: a pasted token is not needed for that. */
    @Test
    void aTokenConnectionPassesReviewBeforeItsTokenIsResolved() {
        assertThat(provider.review(new ConnectionSettings("pasted", Map.of("auth", "token"), Map.of()))).isEmpty();
    }

    private void assertRefused(Path file, String why) {
        String contents;
        try {
            contents = Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> provider.review(google.settings(Map.of("service_account_key_file", file.toString()))))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                    assertThat(e.code()).contains(ErrorCode.GOOGLE_NOT_A_KEY_FILE);
                    assertThat(e.getMessage()).contains(file.toString(), why, "service-account key", "Add key, JSON");
                    assertThat(e.getMessage()).doesNotContain("MIIEvQ").doesNotContain("d-FL95Q19q7MQmFpd7hHD0Ty")
                            .doesNotContain(contents.substring(Math.min(contents.length(), 20)));
                });
    }
}
