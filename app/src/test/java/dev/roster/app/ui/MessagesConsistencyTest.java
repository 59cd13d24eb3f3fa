package dev.roster.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key used exists in messages.properties and every key there is used. Keys are used as literals:
 * {@code %key} in FXML, {@code messages.get("key"...)} and {@code "action.x"} / {@code "connections.status.x"}
 * literals (ActionId, ConnectionStatus, label maps) in Java.
 */
class MessagesConsistencyTest {
    private static final Path MAIN = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:main|action|dialog|form|status|errors|connections|groups|members|users|inspector|activity|export|trust)\\.[A-Za-z0-9_.]+)\"");

    @Test
    void noKeyIsMissingOrUnused() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dev/roster/app/messages.properties")) {
            bundle.load(in);
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(file), used);
                } else if (name.endsWith(".java")) {
                    collect(JAVA_KEY, Files.readString(file), used);
                }
            }
        }
        used.removeIf(k -> k.endsWith(".fxml") || k.endsWith(".css") || k.endsWith(".properties") || k.endsWith(".json") || k.endsWith(".jsonl"));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);
        assertThat(missing).as("keys used but not in messages.properties").isEmpty();
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
