package dev.roster.connectors.query;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
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
                throw DirectoryException.invalid(ErrorCode.EXCLUDE_FIELD_INVALID, field);
            }
        }
        if (keyBy != null && (format == ResponseFormat.STREAM || format == ResponseFormat.RAW)) {
            throw DirectoryException.invalid(format == ResponseFormat.STREAM
                    ? ErrorCode.KEY_BY_WITH_STREAM : ErrorCode.KEY_BY_WITH_RAW,
                    format.wireName());
        }
        if (keyBy != null && excludeFields.contains(keyBy)) {
            throw DirectoryException.invalid(ErrorCode.KEY_BY_EXCLUDED, keyBy);
        }
    }

    public static ResponseOptions of(ResponseFormat format) {
        return new ResponseOptions(format, List.of(), false, null);
    }

    public ResponseOptions withFormat(ResponseFormat f) {
        return new ResponseOptions(f, excludeFields, ignoreRemoteData, keyBy);
    }
}
