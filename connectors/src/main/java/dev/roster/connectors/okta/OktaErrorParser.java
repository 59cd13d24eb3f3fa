package dev.roster.connectors.okta;

import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.http.GenericErrorParser;
import dev.roster.connectors.http.ProviderError;
import dev.roster.connectors.http.ProviderErrorParser;
import java.net.http.HttpHeaders;
import java.util.Locale;

/**
 * Okta's error body, read by {@link GenericErrorParser}, with the one quirk the status does not tell: a
 * duplicate (a login or group name in use) comes as 400 E0000001 "Api validation failed" whose cause says
 * "An object with this field already exists": that is a CONFLICT, not a generic refusal.
 */
final class OktaErrorParser implements ProviderErrorParser {
    static final String VALIDATION_FAILED = "E0000001";
    static final String ALREADY_EXISTS = "already exists";

    @Override
    public ProviderError parse(int status, HttpHeaders headers, String body) {
        ProviderError error = GenericErrorParser.INSTANCE.parse(status, headers, body);
        if (status == 400 && VALIDATION_FAILED.equals(error.code()) && error.message() != null
                && error.message().toLowerCase(Locale.ROOT).contains(ALREADY_EXISTS)) {
            return error.withKind(ErrorKind.CONFLICT);
        }
        return error;
    }
}
