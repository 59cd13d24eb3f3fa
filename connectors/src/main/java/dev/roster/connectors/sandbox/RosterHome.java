package dev.roster.connectors.sandbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Roster keeps its data (the Sandbox directory, the activity log ...): {@code ROSTER_HOME} when set,
 * else the platform's per-user data directory: {@code $XDG_DATA_HOME/roster} or
 * {@code ~/.local/share/roster} on Linux and other Unixes, {@code ~/Library/Application Support/Roster} on
 * macOS, {@code %APPDATA%\Roster} on Windows. Resolution only: nothing is created here.
 */
public final class RosterHome {
    public static final String ENVIRONMENT_VARIABLE = "ROSTER_HOME";

    private RosterHome() {
    }

    /** The home for this process's environment and system properties. */
    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** The home for the given environment, OS name ({@code os.name}) and user home; for tests and tools. */
    public static Path resolve(Map<String, String> environment, String osName, String userHome) {
        String explicit = environment.get(ENVIRONMENT_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit.strip());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Roster") : Path.of(userHome, "AppData", "Roaming", "Roster");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Roster");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "roster");
        }
        return Path.of(userHome, ".local", "share", "roster");
    }
}
