package dev.roster.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

// feature: connection-check
/**
 * The claims of a JWT access token, read to tell the user what it grants (Graph's {@code roles}, Okta's
 * {@code scp}). Not verified: the directory verifies the token, this only reads what it says. Never returns the
 * token itself; a token that is not a JWT (an opaque one) has no claims.
 */
public final class JwtClaims {
    private final JsonNode claims;

    private JwtClaims(JsonNode claims) {
        this.claims = claims;
    }

    public static Optional<JwtClaims> of(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            return node != null && node.isObject() ? Optional.of(new JwtClaims(node)) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    public Optional<String> text(String claim) {
        JsonNode v = claims.get(claim);
        return v == null || !v.isValueNode() || v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
    }

    /** An array claim, or a space-separated string claim (OAuth's {@code scope}), as a list. */
    public List<String> list(String claim) {
        JsonNode v = claims.get(claim);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(e -> out.add(e.asText()));
        } else if (v.isTextual() && !v.asText().isBlank()) {
            out.addAll(List.of(v.asText().strip().split("\\s+")));
        }
        return out;
    }

    public boolean has(String claim) {
        return claims.has(claim);
    }
}
