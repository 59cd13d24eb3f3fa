package dev.roster.app.cli;

import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** --format and the options that shape a result; shared by every command that prints directory objects. */
final class FormatOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "unified", converter = FormatConverter.class,
            description = "unified (default), normalized, raw, debug or stream")
    ResponseFormat format;

    @Option(names = "--exclude-field", paramLabel = "FIELD", description = "Leave out a field (dotted paths reach inside: remote_data.profile). Repeatable.")
    List<String> excludeFields = new ArrayList<>();

    @Option(names = "--ignore-remote-data", description = "Leave out remote_data.")
    boolean ignoreRemoteData;

    @Option(names = "--key-by", paramLabel = "FIELD", description = "Make result an object keyed by this field (unique values only).")
    String keyBy;

    ResponseOptions toOptions() {
        return new ResponseOptions(format, excludeFields, ignoreRemoteData, keyBy);
    }

    static final class FormatConverter implements ITypeConverter<ResponseFormat> {
        @Override
        public ResponseFormat convert(String value) {
            return ResponseFormat.parse(value);
        }
    }
}
