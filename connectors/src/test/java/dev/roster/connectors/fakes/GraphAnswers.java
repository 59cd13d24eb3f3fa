package dev.roster.connectors.fakes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.roster.connectors.model.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Graph's answers on the wire: JSON with {@code request-id} / {@code client-request-id} headers, and the error
 * resource {@code {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}}
 * (https://learn.microsoft.com/graph/errors).
 */
final class GraphAnswers {
    private GraphAnswers() {
    }

    static ResponseDefinitionBuilder json(int status, JsonNode body, String clientRequestId) {
        String requestId = UUID.randomUUID().toString();
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8")
                .withHeader("request-id", requestId)
                .withHeader("client-request-id", clientRequestId == null ? requestId : clientRequestId)
                .withHeader("x-ms-ags-diagnostic", "{\"ServerInfo\":{\"DataCenter\":\"Fake\",\"Slice\":\"E\",\"Ring\":\"1\"}}")
                .withBody(write(body));
    }

    static ResponseDefinition error(int status, String code, String message, String clientRequestId) {
        return errorBuilder(status, code, message, clientRequestId).build();
    }

    static ResponseDefinitionBuilder errorBuilder(int status, String code, String message, String clientRequestId) {
        String requestId = UUID.randomUUID().toString();
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        ObjectNode inner = error.putObject("innerError");
        inner.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
        inner.put("request-id", requestId);
        inner.put("client-request-id", clientRequestId == null ? requestId : clientRequestId);
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("request-id", requestId)
                .withHeader("client-request-id", clientRequestId == null ? requestId : clientRequestId)
                .withBody(write(body));
    }

    static ResponseDefinition noContent(String clientRequestId) {
        String requestId = UUID.randomUUID().toString();
        return ResponseDefinitionBuilder.responseDefinition().withStatus(204).withHeader("request-id", requestId)
                .withHeader("client-request-id", clientRequestId == null ? requestId : clientRequestId).build();
    }

    /**
     * The Microsoft identity platform's token error (https://learn.microsoft.com/entra/identity-platform/reference-error-codes):
     * {@code error}, {@code error_description} starting with the AADSTS code, {@code error_codes}, trace and correlation ids.
     */
    static ResponseDefinition tokenError(int status, String error, int aadsts, String description) {
        String trace = UUID.randomUUID().toString();
        String correlation = UUID.randomUUID().toString();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("error", error);
        body.put("error_description", "AADSTS" + aadsts + ": " + description + " Trace ID: " + trace + " Correlation ID: "
                + correlation + " Timestamp: " + now.replace('T', ' ').replace("Z", "Z"));
        body.putArray("error_codes").add(aadsts);
        body.put("timestamp", now.replace('T', ' ').replace("Z", "Z"));
        body.put("trace_id", trace);
        body.put("correlation_id", correlation);
        body.put("error_uri", "https://login.microsoftonline.com/error?code=" + aadsts);
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("x-ms-request-id", trace).withBody(write(body)).build();
    }

    static String write(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
