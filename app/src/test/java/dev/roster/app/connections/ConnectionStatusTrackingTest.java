package dev.roster.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.DirectorySignal;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the sidebar keeps of a connection's signals: the last error with its time, and the rate-limit window. */
class ConnectionStatusTrackingTest {
    private static final Messages MESSAGES = Messages.load(Locale.ROOT);
    private static final Instant AT = Instant.parse("2030-05-06T07:08:09Z");
    private final ConnectionItem item = new ConnectionItem("prod", "okta", "Okta");

    @Test
    void theLastErrorIsKeptInFullWithItsTimeAfterTheConnectionRecovers() {
        DirectoryException refused = DirectoryException.coded(ErrorKind.AUTHENTICATION, ErrorCode.LDAP_INVALID_CREDENTIALS, "bind",
                "invalid credentials", "49");
        ConnectionsViewModel.track(item, new DirectorySignal.Failed(refused), MESSAGES, AT);
        String sentence = MESSAGES.get("errors.ldapInvalidCredentials", "bind", "invalid credentials", "49");
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(item.detailProperty().get()).isEqualTo(sentence);

        ConnectionsViewModel.track(item, new DirectorySignal.Answered(), MESSAGES, AT.plusSeconds(30));

        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(item.detailProperty().get()).isNull();
        assertThat(item.lastErrorProperty().get()).isEqualTo(new ConnectionItem.LastError(sentence, AT, "LDAP_INVALID_CREDENTIALS", null));
        assertThat(StatusTexts.errorTime(item.lastErrorProperty().get(), MESSAGES)).isEqualTo("Last error at " + Formats.seconds(AT));
    }

    @Test
    void aRefusalOfOneRequestIsNoErrorOfTheConnection() {
        ConnectionsViewModel.track(item, new DirectorySignal.Answered(), MESSAGES, AT);
        ConnectionsViewModel.track(item, new DirectorySignal.Failed(DirectoryException.of(ErrorKind.NOT_FOUND, "no such group")),
                MESSAGES, AT);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(item.lastErrorProperty().get()).isNull();
    }

    @Test
    void theRateLimitWindowIsFollowedAndAnExhaustedOneIsRateLimitedUntilItsReset() {
        Instant reset = Instant.parse("2030-05-06T07:09:00Z");
        ConnectionsViewModel.track(item, new DirectorySignal.Answered(), MESSAGES, AT);
        ConnectionsViewModel.track(item, new DirectorySignal.RateLimited(600L, 598L, reset), MESSAGES, AT);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(StatusTexts.rateLimit(item.rateLimitProperty().get(), MESSAGES))
                .isEqualTo("Rate limit: 598 of 600 requests left, resets at " + Formats.time(reset));

        ConnectionsViewModel.track(item, new DirectorySignal.RateLimited(600L, 0L, reset), MESSAGES, AT);
        ConnectionsViewModel.track(item, new DirectorySignal.Failed(DirectoryException.of(ErrorKind.RATE_LIMITED, "429")), MESSAGES, AT);

        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.RATE_LIMITED);
        assertThat(item.detailProperty().get()).isEqualTo("Rate limited until " + Formats.time(reset));
        assertThat(StatusTexts.tooltip(item, MESSAGES)).isEqualTo("prod (Okta)\nrate limited: Rate limited until " + Formats.time(reset)
                + "\nRate limit: 0 of 600 requests left, resets at " + Formats.time(reset));
    }

    @Test
    void aRateLimitWithOnlyRetryAfterIsRateLimitedUntilThen() {
        DirectoryException throttled = new DirectoryException(ErrorKind.RATE_LIMITED, "throttled", 429, null, Duration.ofSeconds(90),
                null, null);
        ConnectionsViewModel.track(item, new DirectorySignal.Failed(throttled), MESSAGES, AT);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.RATE_LIMITED);
        assertThat(item.detailProperty().get()).isEqualTo("Rate limited until " + Formats.time(AT.plusSeconds(90)));
        assertThat(item.rateLimitProperty().get()).as("no window was reported").isNull();
    }
}
