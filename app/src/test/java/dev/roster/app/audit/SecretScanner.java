package dev.roster.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for planted secrets in whatever the product wrote: strings (stdout, stderr, clipboard, scene text),
 * files and whole folders. Each secret is searched in every form a leak could take: as is, URL-encoded (form
 * and path style, upper- and lower-case hex), JSON-escaped, hex, and base64 (standard and URL-safe). Base64
 * is searched by its stable core at each of the three byte alignments, so the secret is found inside any
 * longer base64 text, e.g. {@code Basic base64("user:secret")} whatever the user name; line breaks are
 * ignored for base64 so that MIME- or PEM-wrapped text does not hide it.
 * <p>
 * A finding says where (the label given, or the file), which secret and which form, and a little context
 * around it (with the secret itself replaced, so that the failure message does not leak it in its turn).
 */
public final class SecretScanner {
    /** One occurrence: {@code where} (a label or a file), the secret's label, the form it took, masked context. */
    public record Finding(String where, String secret, String form, String context) {
        @Override
        public String toString() {
            return where + ": " + secret + " as " + form + " near \"" + context + "\"";
        }
    }

    private record Needle(String secret, String form, String text, boolean base64) {
    }

    private final List<Needle> needles = new ArrayList<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();

    /** Adds a secret to look for; {@code label} names it in findings (never the value). Returns this. */
    public SecretScanner secret(String label, String value) {
        if (value == null || value.length() < 8) {
            throw new IllegalArgumentException("a planted secret needs at least 8 characters to be searched for: " + label);
        }
        secrets.put(label, value);
        forms(value).forEach((form, text) -> needles.add(new Needle(label, form, text, form.startsWith("base64"))));
        return this;
    }

    /** The labels of the secrets planted so far. */
    public List<String> secrets() {
        return List.copyOf(secrets.keySet());
    }

    /** Every form searched for, by name (distinct texts only): what the scanner's own test checks. */
    public static Map<String, String> forms(String secret) {
        Map<String, String> forms = new LinkedHashMap<>();
        byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
        put(forms, "plain", secret);
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        put(forms, "url-encoded (form)", form);
        put(forms, "url-encoded (path)", form.replace("+", "%20"));
        put(forms, "url-encoded (lower-case hex)", lowerPercent(form.replace("+", "%20")));
        put(forms, "url-encoded twice", URLEncoder.encode(form, StandardCharsets.UTF_8));
        put(forms, "json-escaped", jsonEscaped(secret));
        put(forms, "json-escaped (slash)", jsonEscaped(secret).replace("/", "\\/"));
        put(forms, "json-escaped twice", jsonEscaped(jsonEscaped(secret)));
        put(forms, "json-escaped (ascii)", asciiEscaped(jsonEscaped(secret)));
        put(forms, "hex", HexFormat.of().formatHex(utf8));
        put(forms, "hex (upper-case)", HexFormat.of().withUpperCase().formatHex(utf8));
        for (int align = 0; align < 3; align++) {
            put(forms, "base64 (alignment " + align + ")", base64Core(utf8, align, Base64.getEncoder()));
            put(forms, "base64 url-safe (alignment " + align + ")", base64Core(utf8, align, Base64.getUrlEncoder()));
        }
        return forms;
    }

    private static void put(Map<String, String> forms, String name, String text) {
        if (text != null && !text.isEmpty() && !forms.containsValue(text)) {
            forms.put(name, text);
        }
    }

    private static String lowerPercent(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.append('%').append(s.substring(i + 1, i + 3).toLowerCase(java.util.Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String jsonEscaped(String s) {
        try {
            String quoted = Json.mapper().writeValueAsString(s);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String asciiEscaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }

    /**
     * The part of base64(prefix + secret + anything) that depends only on the secret, where prefix has
     * {@code align} bytes: the characters of the groups wholly inside the secret.
     */
    static String base64Core(byte[] secret, int align, Base64.Encoder encoder) {
        int skip = (3 - align) % 3; // secret bytes completing the group the prefix started
        int whole = (secret.length - skip) / 3 * 3;
        if (whole < 6) {
            return null; // too short to say anything
        }
        byte[] part = java.util.Arrays.copyOfRange(secret, skip, skip + whole);
        return encoder.encodeToString(part);
    }

    /** Occurrences in one string. */
    public List<Finding> scan(String where, String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        String unwrapped = null;
        for (Needle needle : needles) {
            int at = text.indexOf(needle.text());
            String in = text;
            if (at < 0 && needle.base64()) {
                unwrapped = unwrapped != null ? unwrapped : text.replace("\r", "").replace("\n", "").replace("\\n", "");
                in = unwrapped;
                at = in.indexOf(needle.text());
            }
            if (at >= 0) {
                found.add(new Finding(where, needle.secret(), needle.form(), context(in, at, needle.text().length())));
            }
        }
        return found;
    }

    /** Occurrences in many strings, each under its label. */
    public List<Finding> scan(Map<String, String> texts) {
        List<Finding> found = new ArrayList<>();
        texts.forEach((where, text) -> found.addAll(scan(where, text)));
        return found;
    }

    /** Occurrences in a file's bytes (read as UTF-8, malformed bytes replaced, and as Latin-1 for binary files). */
    public List<Finding> scanFile(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            List<Finding> found = new ArrayList<>(scan(file.toString(), new String(bytes, StandardCharsets.UTF_8)));
            if (found.isEmpty()) {
                found.addAll(scan(file.toString(), new String(bytes, StandardCharsets.ISO_8859_1)));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Occurrences in every regular file under {@code root} (file names included), or in {@code root} itself. */
    public List<Finding> scanTree(Path root) {
        List<Finding> found = new ArrayList<>();
        if (!Files.exists(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.toList()) {
                found.addAll(scan("file name " + p, p.getFileName() == null ? "" : p.getFileName().toString()));
                if (Files.isRegularFile(p)) {
                    found.addAll(scanFile(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root, e);
        }
        return found;
    }

    /** Files the scan covered under {@code root}: an audit states what it looked at. */
    public static List<Path> files(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root, e);
        }
    }

    private String context(String text, int at, int length) {
        String around = text.substring(Math.max(0, at - 40), Math.min(text.length(), at + length + 40));
        String masked = around.replace(text.substring(at, at + length), "<" + "SECRET" + ">");
        for (String value : secrets.values()) {
            masked = masked.replace(value, "<SECRET>");
        }
        return masked.replace("\n", "\\n");
    }
}
