package dev.roster.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code roster capabilities --format text}: the JSON document read aloud, one connector after another, one
 * line per fact; an empty list or an undeclared value reads "none". Built from the JSON so the two never
 * disagree.
 */
final class CapabilitiesText {

    private CapabilitiesText() {
    }

    static void print(PrintStream out, JsonNode all) {
        for (Map.Entry<String, JsonNode> connector : all.properties()) {
            JsonNode c = connector.getValue();
            out.println(connector.getKey() + " (" + c.path("display_name").asText() + ")");
            List<String> settings = new ArrayList<>();
            c.path("settings").forEach(s -> settings.add(s.path("key").asText()
                    + (s.path("required").asBoolean() ? " (required)" : "") + (s.path("secret").asBoolean() ? " (secret)" : "")));
            out.println("  settings: " + joined(settings));
            for (Map.Entry<String, JsonNode> operation : c.path("operations").properties()) {
                JsonNode o = operation.getValue();
                out.println("  " + operation.getKey());
                out.println("    supported fields: " + joined(o.path("supported_fields")));
                out.println("    required fields: " + joined(o.path("required_fields")));
                List<String> oneOf = new ArrayList<>();
                o.path("required_one_of").forEach(group -> oneOf.add(String.join(" or ", texts(group))));
                if (!oneOf.isEmpty()) {
                    out.println("    required, one of: " + String.join("; ", oneOf));
                }
                out.println("    parameters: " + joined(o.path("parameters")));
                if (o.has("max_page_size")) {
                    out.println("    max page size: " + value(o.path("max_page_size")));
                    out.println("    search parameter: " + value(o.path("search_parameter")));
                    out.println("    filters: " + joined(o.path("filters")));
                }
            }
        }
        out.flush();
    }

    private static String value(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "none" : node.asText();
    }

    private static String joined(JsonNode array) {
        return joined(texts(array));
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
