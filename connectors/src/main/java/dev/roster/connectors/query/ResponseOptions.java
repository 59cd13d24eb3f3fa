package dev.roster.connectors.query;

import dev.roster.connectors.DirectoryException;
import java.util.List;

/**
 * How to shape a result: the format, fields to drop (a dotted path reaches into objects and arrays:
 * {@code emails.type}), whether to drop {@code remote_data}, and a field to key the result by.
 */
public record ResponseOptions(ResponseFormat format, List<String> excludeFields, boolean ignoreRemoteData, String keyBy) {

    public static final ResponseOptions UNIFIED = new ResponseOptions(ResponseFormat.UNIFIED, List.of(), false, null);

    public ResponseOptions {
        format = format == null ? ResponseFormat.UNIFIED : format;
        excludeFields = excludeFields == null ? List.of() : List.copyOf(excludeFields);
        keyBy = keyBy == null || keyBy.isBlank() ? null : keyBy.strip();
        for (String field : excludeFields) {
            if (field == null || field.isBlank() || field.startsWith(".") || field.endsWith(".") || field.contains("..")) {
                throw DirectoryException.validation("exclude_fields: '" + field + "' is not a field name or dotted path");
            }
        }
        if (keyBy != null && (format == ResponseFormat.STREAM || format == ResponseFormat.RAW)) {
            throw DirectoryException.validation("key_by cannot be used with the " + format.wireName()
                    + " format: " + (format == ResponseFormat.STREAM ? "streamed items are written one by one"
                    : "raw is the provider's body, untouched"));
        }
        if (keyBy != null && excludeFields.contains(keyBy)) {
            throw DirectoryException.validation("key_by field '" + keyBy + "' is also excluded");
        }
    }

    public static ResponseOptions of(ResponseFormat format) {
        return new ResponseOptions(format, List.of(), false, null);
    }

    public ResponseOptions withFormat(ResponseFormat f) {
        return new ResponseOptions(f, excludeFields, ignoreRemoteData, keyBy);
    }
}
