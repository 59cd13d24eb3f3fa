package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ErrorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpStatusesTest {

    @ParameterizedTest
    @CsvSource({
            "400, REMOTE", "422, REMOTE", "401, AUTHENTICATION", "403, PERMISSION", "404, NOT_FOUND", "410, NOT_FOUND",
            "409, CONFLICT", "412, CONFLICT", "429, RATE_LIMITED", "500, REMOTE", "502, REMOTE", "503, REMOTE",
            "504, REMOTE", "405, REMOTE", "301, PROTOCOL", "307, PROTOCOL"})
    void mapsStatusToKind(int status, ErrorKind kind) {
        assertThat(HttpStatuses.kindOf(status)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"200, true", "204, true", "299, true", "199, false", "304, false", "404, false"})
    void onlyTwoHundredsSucceed(int status, boolean success) {
        assertThat(HttpStatuses.isSuccess(status)).isEqualTo(success);
    }

    @ParameterizedTest
    @CsvSource({"429, Too Many Requests", "204, No Content", "599, ''"})
    void knowsTheReasonPhrases(int status, String reason) {
        assertThat(HttpStatuses.reason(status)).isEqualTo(reason);
    }
}
