package dev.roster.app.service;

import java.nio.file.Path;
import java.util.Map;

/** A second process for {@link ConnectionStoreTest}: adds N connections named PREFIX-0 ... to FILE. */
public final class ConnectionStoreAdder {
    private ConnectionStoreAdder() {
    }

    static void add(Path file, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            new ConnectionStore(file).add(new ConnectionProfile(prefix + "-" + i, "ldap", Map.of("url", "ldap://dir.example.com"), Map.of()));
        }
    }

    public static void main(String[] args) {
        add(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
    }
}
