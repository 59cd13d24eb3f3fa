package dev.roster.app.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Json;
import java.io.IOException;

/** JSON given on the command line or in a file, read strictly: an unknown field is an error, not dropped. */
final class JsonArguments {
    private JsonArguments() {
    }

    static ObjectNode remoteData(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(json);
            if (node == null || !node.isObject()) {
                throw DirectoryException.invalid(ErrorCode.REMOTE_DATA_NOT_AN_OBJECT, "{\"key\": \"value\"}");
            }
            return (ObjectNode) node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw DirectoryException.invalid(ErrorCode.REMOTE_DATA_NOT_JSON, e.getOriginalMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static <T> T strict(String json, Class<T> type, String what) {
        ObjectReader reader = Json.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            T value = reader.readValue(json);
            if (value == null) {
                throw DirectoryException.invalid(ErrorCode.JSON_ARGUMENT_EMPTY, what);
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw DirectoryException.invalid(ErrorCode.JSON_UNKNOWN_FIELD, what, e.getPropertyName(), e.getKnownPropertyIds());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String reason = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            throw DirectoryException.invalid(ErrorCode.JSON_NOT_VALID, what, type.getSimpleName(), reason);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
