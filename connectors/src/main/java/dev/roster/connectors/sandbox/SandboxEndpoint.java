package dev.roster.connectors.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.files.AtomicFiles;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a running Sandbox listens and how to bind to it. The process running the server writes
 * {@code endpoint.json} (URL, bind DN, base DN, pid; the password stays in {@code bind-password}) atomically
 * and owner-only, so that another Roster process with the same home, a CLI call while the console runs,
 * uses that server instead of starting a second writer on the same files; any LDAP tool may use it too.
 */
record SandboxEndpoint(String url, String bindDn, String password, String baseDn, long pid) {
    static final String FILE = "endpoint.json";

    void write(Path dir) throws IOException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("url", url);
        node.put("bind_dn", bindDn);
        node.put("base_dn", baseDn);
        node.put("password_file", SandboxCredentials.FILE);
        node.put("pid", pid);
        AtomicFiles.write(dir.resolve(FILE), node.toPrettyString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The endpoint the server's process published, with the password it wrote before publishing; null when
     * there is none (the server is starting or stopping, or the home is free).
     */
    static SandboxEndpoint read(Path dir) throws IOException {
        JsonNode node = published(dir);
        if (node == null) {
            return null;
        }
        return new SandboxEndpoint(node.path("url").asText(), node.path("bind_dn").asText(),
                SandboxCredentials.read(dir), node.path("base_dn").asText(), node.path("pid").asLong());
    }

    /** Whether this is still what is published: its server has not stopped (and no other replaced it). */
    boolean stillPublished(Path dir) throws IOException {
        JsonNode node = published(dir);
        return node != null && node.path("url").asText().equals(url) && node.path("pid").asLong() == pid;
    }

    /** Whether the process that published it still runs (a killed one leaves its file behind). */
    boolean publisherAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static JsonNode published(Path dir) throws IOException {
        try {
            return Json.mapper().readTree(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8));
        } catch (NoSuchFileException none) {
            return null;
        }
    }

    static void delete(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
    }

    @Override
    public String toString() {
        return "SandboxEndpoint[" + url + ", " + bindDn + ", pid " + pid + "]";
    }
}
