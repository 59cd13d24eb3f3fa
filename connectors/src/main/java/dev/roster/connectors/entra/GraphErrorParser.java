package dev.roster.connectors.entra;

import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.http.GenericErrorParser;
import dev.roster.connectors.http.ProviderError;
import dev.roster.connectors.http.ProviderErrorParser;
import java.net.http.HttpHeaders;
import java.util.Locale;

/**
 * Graph's error body {@code {"error":{"code","message","innerError":{"request-id"}}}} (read by
 * {@link GenericErrorParser}), plus what the status alone gets wrong: adding a member twice is a 400
 * {@code Request_BadRequest} "One or more added object references already exist", which is a CONFLICT.
 */
final class GraphErrorParser implements ProviderErrorParser {
    static final GraphErrorParser INSTANCE = new GraphErrorParser();

    @Override
    public ProviderError parse(int status, HttpHeaders headers, String body) {
        ProviderError error = GenericErrorParser.INSTANCE.parse(status, headers, body);
        if (status == 400 && error.message() != null
                && error.message().toLowerCase(Locale.ROOT).contains("object references already exist")) {
            return error.withKind(ErrorKind.CONFLICT);
        }
        return error;
    }
}
