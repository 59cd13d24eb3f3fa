package dev.roster.connectors.sandbox;

import dev.roster.connectors.files.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The Sandbox service account's password: random, kept in {@code bind-password} beside the data, owner-only
 * (0600 from its creation, where the file system has POSIX permissions; on Windows the per-user profile
 * folder already keeps other users out). It never goes into connection profiles.
 *
 * <p>Only the process holding the home's lock (the one running the server) ever writes the file, atomically,
 * and only before it publishes its endpoint; other processes only read it, after the endpoint appeared. So
 * no reader can see a half-written password or make one of its own that the server does not know.
 */
final class SandboxCredentials {
    static final String FILE = "bind-password";
    /** What {@link #generate()} makes: 24 random bytes in URL-safe Base64. Anything else was not written by Roster. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{32}");

    private SandboxCredentials() {
    }

    /** The server's password; {@code problem} says why a new one replaced what the file held, null if none did. */
    record Owned(String password, String problem) {
    }

    /**
     * For the lock holder: the stored password, or a new one written in place of a missing, empty or unreadable
     * file (the caller then resets the service account in the server to it).
     */
    static Owned loadOrReplace(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        String problem;
        try {
            String stored = decode(Files.readAllBytes(file));
            if (stored != null && WELL_FORMED.matcher(stored).matches()) {
                return new Owned(stored, null);
            }
            problem = stored == null ? "was not readable text" : stored.isEmpty() ? "was empty"
                    : "did not hold a password Roster made";
        } catch (NoSuchFileException first) {
            problem = null;
        }
        String password = generate();
        AtomicFiles.write(file, password.getBytes(StandardCharsets.US_ASCII));
        return new Owned(password, problem == null ? null : FILE + " " + problem);
    }

    /** For a process using another one's server: the password that server published; never creates one. */
    static String read(Path dir) throws IOException {
        String stored = decode(Files.readAllBytes(dir.resolve(FILE)));
        if (stored == null || !WELL_FORMED.matcher(stored).matches()) {
            throw new IOException(dir.resolve(FILE) + " does not hold the Sandbox's password (it is rewritten when the Sandbox next starts)");
        }
        return stored;
    }

    /** The file's text, stripped; null when it is not UTF-8 at all. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString().strip();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String generate() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
