package dev.roster.connectors.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a running Sandbox listens and how to bind to it. The process running the server writes
 * {@code endpoint.json} (URL, bind DN, base DN, pid; the password stays in {@code bind-password}) so that
 * another Roster process with the same home, a CLI call while the console runs, uses that server instead of
 * starting a second writer on the same files; any LDAP tool may use it too.
 */
record SandboxEndpoint(String url, String bindDn, String password, String baseDn) {
    static final String FILE = "endpoint.json";

    void write(Path dir) throws IOException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("url", url);
        node.put("bind_dn", bindDn);
        node.put("base_dn", baseDn);
        node.put("password_file", SandboxCredentials.FILE);
        node.put("pid", ProcessHandle.current().pid());
        Path temp = dir.resolve(FILE + ".tmp");
        Files.writeString(temp, node.toPrettyString(), StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The endpoint another process published, or null when there is none (yet). */
    static SandboxEndpoint read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode node = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        return new SandboxEndpoint(node.path("url").asText(), node.path("bind_dn").asText(),
                SandboxCredentials.loadOrCreate(dir), node.path("base_dn").asText());
    }

    static void delete(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
    }

    @Override
    public String toString() {
        return "SandboxEndpoint[" + url + ", " + bindDn + "]";
    }
}
