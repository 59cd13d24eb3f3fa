package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The answers of Google's fakes, as Google writes them: the Directory API's error envelope
 * {@code {"error":{"code","message","errors":[{"message","domain","reason"}],"status"}}} and OAuth's
 * {@code {"error","error_description"}} from the token endpoint.
 */
final class GoogleFakeAnswers {
    static final ObjectMapper JSON = new ObjectMapper();

    private GoogleFakeAnswers() {
    }

    static ResponseDefinition json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("Vary", "Origin, X-Origin, Referer")
                .withBody(body.toPrettyString()).build();
    }

    static ResponseDefinition noContent() {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
    }

    /** A Directory API error; {@code domain} is global for most, usageLimits for the quota reasons. */
    static ResponseDefinition error(int status, String message, String domain, String reason, String grpcStatus) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", status);
        error.put("message", message);
        ObjectNode item = error.putArray("errors").addObject();
        item.put("message", message);
        item.put("domain", domain);
        item.put("reason", reason);
        if (status == 401) {
            item.put("location", "Authorization");
            item.put("locationType", "header");
        }
        if (grpcStatus != null) {
            error.put("status", grpcStatus);
        }
        return json(status, body);
    }

    static ResponseDefinition badRequest(String message, String reason) {
        return error(400, message, "global", reason, "INVALID_ARGUMENT");
    }

    static ResponseDefinition notFound(String what) {
        return error(404, "Resource Not Found: " + what, "global", "notFound", "NOT_FOUND");
    }

    static ResponseDefinition oauth(int status, String error, String description) {
        ObjectNode body = JSON.createObjectNode().put("error", error).put("error_description", description);
        return json(status, body);
    }
}
