package dev.roster.connectors.query;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a result is shown; the same five for every connector. */
public enum ResponseFormat {
    /** Mapped items, each with the provider's {@code remote_data}. */
    UNIFIED,
    /** The same mapping without remote_data and without null or empty fields. */
    NORMALIZED,
    /** The provider's own body, untouched. */
    RAW,
    /** Unified result plus the request and response that produced it. */
    DEBUG,
    /** One item per line (NDJSON) as pages arrive. */
    STREAM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResponseFormat parse(String value) {
        for (ResponseFormat f : values()) {
            if (f.wireName().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return f;
            }
        }
        throw DirectoryException.invalid(ErrorCode.FORMAT_UNKNOWN,
                Arrays.stream(values()).map(ResponseFormat::wireName).collect(Collectors.joining(", ")), value);
    }
}
