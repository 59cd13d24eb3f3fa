package dev.roster.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/**
 * One list page as it came back: the URL asked for, the cursor it was asked with (null for the first page),
 * the response, its parsed body and how many items the page held.
 */
public record PageAnswer(URI requested, String cursor, ApiResponse response, JsonNode body, int returned) {
}
