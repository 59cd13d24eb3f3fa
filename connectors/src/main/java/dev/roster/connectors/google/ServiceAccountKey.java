package dev.roster.connectors.google;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.tls.Loopback;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service account's JSON key as the Google Cloud console downloads it ({@code "type": "service_account"},
 * {@code client_email}, {@code private_key}, {@code token_uri}), read as a careful tool reads a private key:
 * a file others may read is pointed out, anything else than such a key is refused with what to do, and no
 * part of the file ever goes into a message (a parser's excerpt would quote the private key).
 */
final class ServiceAccountKey {
    /** Where Google's keys send their token requests, and the default of a key that names none. */
    static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private final Path file;
    private final byte[] contents;
    private final String clientEmail;
    private final String privateKey;
    private final URI tokenUri;

    private ServiceAccountKey(Path file, byte[] contents, String clientEmail, String privateKey, URI tokenUri) {
        this.file = file;
        this.contents = contents;
        this.clientEmail = clientEmail;
        this.privateKey = privateKey;
        this.tokenUri = tokenUri;
    }

    static ServiceAccountKey read(Path file) {
        String setting = GoogleSettings.KEY_FILE.key();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DirectoryException.invalid(ErrorCode.PEM_NO_FILE, setting, file);
        } catch (IOException | SecurityException e) {
            throw DirectoryException.invalid(ErrorCode.PEM_UNREADABLE, setting, file, e.getClass().getSimpleName());
        }
        JsonNode key;
        try {
            key = Json.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException notJson) {
            throw notAKey(file, "it is not JSON");
        }
        if (key == null || !key.isObject()) {
            throw notAKey(file, "it is not a JSON object");
        }
        if (!"service_account".equals(key.path("type").asText())) {
            throw notAKey(file, "its type is not service_account");
        }
        String email = text(key, "client_email").orElseThrow(() -> notAKey(file, "it has no client_email"));
        String pem = text(key, "private_key").orElseThrow(() -> notAKey(file, "it has no private_key"));
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw notAKey(file, "its private_key is not a PEM private key");
        }
        String uri = text(key, "token_uri").orElse(GOOGLE_TOKEN_URI);
        URI tokenUri;
        try {
            tokenUri = URI.create(uri);
        } catch (IllegalArgumentException e) {
            throw notAKey(file, "its token_uri is not a URL");
        }
        if (!"https".equalsIgnoreCase(tokenUri.getScheme()) && !isLoopbackHttp(tokenUri)) {
            // the signed assertion is as good as a password for an hour: never in clear off this machine
            throw notAKey(file, "its token_uri is not an https:// URL");
        }
        return new ServiceAccountKey(file, bytes, email, pem, tokenUri);
    }

    /**
     * What the user should know before trusting the file: on POSIX systems, whether group or others may read
     * it. Elsewhere (Windows ACLs) nothing is said.
     */
    static List<String> warnings(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(SHARED::contains)) {
                return List.of(GoogleSettings.KEY_FILE.key() + " " + file + " can be read by other users of this machine ("
                        + PosixFilePermissions.toString(permissions) + "): it holds the service account's private key;"
                        + " make it readable by you alone (chmod 600 " + file + ").");
            }
        } catch (UnsupportedOperationException | IOException | SecurityException notPosixOrUnreadable) {
            // reading the key itself says what is wrong with an unreadable file
        }
        return List.of();
    }

    Path file() {
        return file;
    }

    /** The file as read, for google-auth to parse once more (it builds the signing key from it). */
    byte[] contents() {
        return contents.clone();
    }

    String clientEmail() {
        return clientEmail;
    }

    /** The PEM text, only so that the trace can mask it should it ever appear. */
    String privateKeyPem() {
        return privateKey;
    }

    URI tokenUri() {
        return tokenUri;
    }

    private static boolean isLoopbackHttp(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && Loopback.is(uri.getHost());
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static DirectoryException notAKey(Path file, String why) {
        return DirectoryException.invalid(ErrorCode.GOOGLE_NOT_A_KEY_FILE, GoogleSettings.KEY_FILE.key(), file, why);
    }

    @Override
    public String toString() {
        return "ServiceAccountKey[" + clientEmail + ", " + file + "]";
    }
}
