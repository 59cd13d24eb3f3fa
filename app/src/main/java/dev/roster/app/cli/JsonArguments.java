package dev.roster.app.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
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
                throw DirectoryException.validation("--remote-data must be a JSON object, like '{\"key\": \"value\"}'");
            }
            return (ObjectNode) node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw DirectoryException.validation("--remote-data is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static <T> T strict(String json, Class<T> type, String what) {
        ObjectReader reader = Json.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            T value = reader.readValue(json);
            if (value == null) {
                throw DirectoryException.validation(what + " is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw DirectoryException.validation(what + " has an unknown field '" + e.getPropertyName() + "'; known: "
                    + e.getKnownPropertyIds());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String reason = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            throw DirectoryException.validation(what + " is not a valid " + type.getSimpleName() + ": " + reason);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
