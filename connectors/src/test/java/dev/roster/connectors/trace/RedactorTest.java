package dev.roster.connectors.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String PLANTED = "pl4nted-Secret-value-77";

    private static Exchange exchange(Map<String, List<String>> headers, String url, String body, String response, String error) {
        return new Exchange(0, "c", Exchange.HTTP, "POST", url, headers, body, 200, "OK", Map.of(), response,
                Instant.now(), Duration.ZERO, error);
    }

    @Test
    void authorizationKeepsItsSchemeAndLosesTheCredential() {
        Exchange e = exchange(Map.of("Authorization", List.of("SSWS " + PLANTED), "Cookie", List.of("sid=" + PLANTED),
                "X-API-Key", List.of(PLANTED), "Accept", List.of("application/json")), "https://x.test", null, null, null);
        assertThat(e.requestHeaders().get("Authorization")).containsExactly("SSWS ****");
        assertThat(e.requestHeaders().get("Cookie")).containsExactly("****");
        assertThat(e.requestHeaders().get("X-API-Key")).containsExactly("****");
        assertThat(e.requestHeaders().get("Accept")).containsExactly("application/json");
    }

    @Test
    void passwordsInJsonBodiesAreMaskedAtAnyDepth() {
        String body = "{\"profile\":{\"login\":\"a@b.c\"},\"credentials\":{\"password\":{\"value\":\"" + PLANTED + "\"}},"
                + "\"passwordProfile\":{\"forceChangePasswordNextSignIn\":true,\"password\":\"" + PLANTED + "\"},"
                + "\"client_secret\":\"" + PLANTED + "\",\"nextPageToken\":\"keep-me\",\"access_token\":\"" + PLANTED + "\"}";
        Exchange e = exchange(Map.of(), "https://x.test", body, body, null);
        assertThat(e.requestBody()).doesNotContain(PLANTED).contains("\"login\":\"a@b.c\"").contains("keep-me")
                .contains("\"forceChangePasswordNextSignIn\":true");
        assertThat(e.responseBody()).doesNotContain(PLANTED);
    }

    @Test
    void formBodiesAndQueryStringsLoseTheirSecrets() {
        Exchange e = exchange(Map.of(), "https://x.test", "grant_type=client_credentials&client_secret=" + PLANTED + "&scope=a", null, null);
        assertThat(e.requestBody()).isEqualTo("grant_type=client_credentials&client_secret=****&scope=a");
    }

    @Test
    void theLogScrubsKnownSecretValuesEverywhereEvenWhenEchoed() {
        ExchangeLog log = new ExchangeLog(List.of(PLANTED));
        Exchange stored = log.record(exchange(Map.of("X-Echo", List.of("you sent " + PLANTED)),
                "https://x.test/path?q=" + PLANTED, "{\"note\":\"" + PLANTED + "\"}", "plain text " + PLANTED,
                "failed with " + PLANTED));
        assertThat(stored.toString()).doesNotContain(PLANTED);
        assertThat(stored.sequence()).isEqualTo(1);
        assertThat(log.snapshot()).containsExactly(stored);
    }

    @Test
    void theLogIsBoundedAndTellsListeners() {
        ExchangeLog log = new ExchangeLog(List.of(), 3);
        List<Long> heard = new java.util.ArrayList<>();
        Runnable unsubscribe = log.subscribe(e -> heard.add(e.sequence()));
        for (int i = 0; i < 5; i++) {
            log.record(exchange(Map.of(), "https://x.test/" + i, null, null, null));
        }
        unsubscribe.run();
        log.record(exchange(Map.of(), "https://x.test/6", null, null, null));
        assertThat(log.snapshot()).extracting(Exchange::sequence).containsExactly(4L, 5L, 6L);
        assertThat(heard).containsExactly(1L, 2L, 3L, 4L, 5L);
    }
}
