package dev.roster.connectors.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.roster.connectors.model.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets before anything is recorded: credential headers (keeping the auth scheme), secret-looking
 * keys in JSON and form bodies, and any literal secret value it was told about, wherever it appears.
 */
public final class Redactor {
    public static final String MASK = "****";
    public static final Redactor DEFAULT = new Redactor(List.of());

    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "apikey",
            "x-auth-token", "x-access-token", "x-csrf-token", "x-okta-user-agent-extended-secret");
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(password|passwd|secret|credential_value|unicodepwd|userpassword|private_?key|api_?key)|"
                    + "(access|refresh|id|bearer|auth)?_?token|authorization|client_secret|value_secret|(client_)?assertion");
    private static final Pattern FORM_SECRET = Pattern.compile(
            "(?i)((?:^|[&?])(?:[^=&]*(?:password|secret|token|api_?key|assertion)[^=&]*)=)([^&\\s]*)");
    private static final Pattern SCHEME = Pattern.compile("^(\\S+)\\s+\\S.*$");

    private final List<String> knownSecrets;

    private Redactor(List<String> knownSecrets) {
        this.knownSecrets = knownSecrets.stream().filter(s -> s != null && s.length() >= 4).flatMap(Redactor::encodings).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * A secret as it stands in text, and as it stands once JSON-escaped or URL-encoded: a raw response built as
     * JSON from a server's diagnostic, or a form body a server echoed back, holds it in those forms, which a
     * literal match misses as soon as the secret has a quote, a backslash, a space, + / = &amp; or non-ASCII
     * letters. For most secrets the forms are the same string and cost nothing more.
     */
    static java.util.stream.Stream<String> encodings(String secret) {
        String json = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(secret));
        String form = java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
        return java.util.stream.Stream.of(secret, json, form, form.replace("+", "%20"));
    }

    /** A redactor that also scrubs these literal values (a connection's token, bind password ...). */
    public static Redactor knowing(Collection<String> secrets) {
        return new Redactor(new ArrayList<>(secrets));
    }

    public boolean isSecretKey(String key) {
        return key != null && SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    public boolean isSecretHeader(String name) {
        return name != null && SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    public Map<String, List<String>> headers(Map<String, List<String>> headers) {
        if (headers == null) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> out.put(name, values.stream().map(v -> header(name, v)).toList()));
        return java.util.Collections.unmodifiableMap(out);
    }

    public String header(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!isSecretHeader(name)) {
            return text(value);
        }
        if (value.equals(MASK) || value.endsWith(" " + MASK)) {
            return value;
        }
        Matcher scheme = SCHEME.matcher(value);
        boolean keepsScheme = name.toLowerCase(Locale.ROOT).endsWith("authorization") && scheme.matches();
        return keepsScheme ? scheme.group(1) + " " + MASK : MASK;
    }

    /** A body: JSON has secret keys masked; anything else has form secrets and known values masked. */
    public String body(String body) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = Json.mapper().readTree(body);
                if (maskJson(tree)) {
                    return text(Json.mapper().writeValueAsString(tree));
                }
                return text(body);
            } catch (JsonProcessingException notJson) {
                // fall through: masked as text
            }
        }
        return text(FORM_SECRET.matcher(body).replaceAll("$1" + MASK));
    }

    /** Literal known secrets replaced wherever they stand. */
    public String text(String text) {
        if (text == null || knownSecrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : knownSecrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /** Masks in place; true when anything was masked. Under a secret key every leaf is masked. */
    public boolean maskJson(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (isSecretKey(field.getKey())) {
                    if (value.isValueNode() && !value.isNull()) {
                        field.setValue(TextNode.valueOf(MASK));
                        changed = true;
                    } else {
                        changed |= maskAll(value);
                    }
                } else {
                    changed |= maskJson(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) {
                changed |= maskJson(item);
            }
        }
        return changed;
    }

    private static boolean maskAll(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                    field.setValue(TextNode.valueOf(MASK));
                    changed = true;
                } else {
                    changed |= maskAll(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isValueNode() && !array.get(i).isNull()) {
                    array.set(i, TextNode.valueOf(MASK));
                    changed = true;
                } else {
                    changed |= maskAll(array.get(i));
                }
            }
        }
        return changed;
    }
}
