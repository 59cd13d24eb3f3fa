package dev.roster.app.service;

import dev.roster.connectors.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Roster keeps its files. With {@code --home DIR} or {@code ROSTER_HOME} everything lives in that
 * one folder (tests, scripts, portable installs); otherwise profiles go to the platform's config folder
 * and the Sandbox, activity log and logs to its data folder.
 */
public record RosterHome(Path configDir, Path dataDir) {
    public static final String ENV = "ROSTER_HOME";

    public static RosterHome of(Path single) {
        Path dir = single.toAbsolutePath().normalize();
        return new RosterHome(dir, dir);
    }

    /** {@code explicit} (from --home) wins, then ROSTER_HOME, then the platform folders. */
    public static RosterHome resolve(Path explicit, Map<String, String> env) {
        if (explicit != null) {
            return of(explicit);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return of(Path.of(fromEnv));
        }
        Path userHome = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome.resolve("AppData/Roaming").toString());
            String local = env.getOrDefault("LOCALAPPDATA", userHome.resolve("AppData/Local").toString());
            return new RosterHome(Path.of(appData, "Roster"), Path.of(local, "Roster"));
        }
        if (os.contains("mac")) {
            Path support = userHome.resolve("Library/Application Support/Roster");
            return new RosterHome(support, support);
        }
        Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config"));
        Path data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local/share"));
        return new RosterHome(config.resolve("roster"), data.resolve("roster"));
    }

    private static Path xdg(Map<String, String> env, String key, Path fallback) {
        String value = env.get(key);
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
    }

    public Path connectionsFile() {
        return configDir.resolve("connections.json");
    }

    /** What the console remembers between runs (see {@link ConsoleSettings}). */
    public Path consoleSettingsFile() {
        return configDir.resolve(ConsoleSettings.FILE_NAME);
    }

    public Path activityLog() {
        return dataDir.resolve("activity.jsonl");
    }

    /** The folder the Sandbox directory keeps its data in (the sandbox connector adds its own sub-folder). */
    public Path sandboxHome() {
        return dataDir;
    }

    /** Creates the folders that are missing, 0700 (see {@link PrivateFiles}). */
    public RosterHome ensureExists() {
        try {
            PrivateFiles.createDirectories(configDir);
            PrivateFiles.createDirectories(dataDir);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Roster home " + configDir + ": " + e.getMessage(), e);
        }
    }
}
