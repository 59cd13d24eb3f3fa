package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filters the fake understands (RFC 7644 section 3.4.2.2), the ones identity providers send: {@code attr eq
 * "value"} for {@code userName}, {@code displayName}, {@code externalId}, {@code id} (userName and displayName
 * case-insensitively, as Okta's SCIM tests expect), {@code groups.value} and {@code members.value} (exact), and two of them joined by
 * {@code and}, each optionally in brackets. Anything else is an {@code invalidFilter} 400, as a real server says.
 */
final class ScimFakeFilter {
    private static final Pattern EQ = Pattern.compile("\\s*\\(?\\s*([A-Za-z.$]+)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)?\\s*");
    private static final Pattern AND = Pattern.compile("(.+?)\\s+and\\s+(.+)", Pattern.CASE_INSENSITIVE);

    private ScimFakeFilter() {
    }

    /** The predicate, or empty when the fake (like many servers) cannot evaluate the filter. */
    static Optional<Predicate<JsonNode>> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return Optional.of(r -> true);
        }
        Optional<Predicate<JsonNode>> single = eq(filter);
        if (single.isPresent()) {
            return single;
        }
        Matcher and = AND.matcher(filter);
        if (and.matches()) {
            Optional<Predicate<JsonNode>> left = eq(and.group(1));
            Optional<Predicate<JsonNode>> right = eq(and.group(2));
            if (left.isPresent() && right.isPresent()) {
                return Optional.of(left.get().and(right.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Predicate<JsonNode>> eq(String expression) {
        Matcher m = EQ.matcher(expression);
        if (!m.matches()) {
            return Optional.empty();
        }
        String attribute = m.group(1);
        String value = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
        return switch (attribute) {
            case "userName", "displayName" -> Optional.of(r -> r.path(attribute).asText().equalsIgnoreCase(value));
            case "id", "externalId" -> Optional.of(r -> r.path(attribute).asText().equals(value));
            case "groups.value" -> Optional.of(r -> {
                for (JsonNode g : r.path("groups")) {
                    if (g.path("value").asText().equals(value)) {
                        return true;
                    }
                }
                return false;
            });
            case "members.value" -> Optional.of(r -> {
                for (JsonNode member : r.path("members")) {
                    if (member.path("value").asText().equals(value)) {
                        return true;
                    }
                }
                return false;
            });
            default -> Optional.empty();
        };
    }
}
