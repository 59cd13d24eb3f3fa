package dev.roster.connectors.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace is bounded by bytes, not only by count: 2,000 pages of a big walk must not all stay in memory.
 * README states the bound: 32 MiB of exchange text per connection, the newest exchange always kept.
 */
class ExchangeLogBoundTest {
    private static final long README_BOUND = 32L * 1024 * 1024;
    private static final int MIB = 1024 * 1024;

    @Test
    void bigPagesPushTheOldestOutOnceTheLogHoldsThirtyTwoMebibytes() {
        ExchangeLog log = new ExchangeLog(List.of());
        String oneMebibyte = "{\"data\":\"" + "x".repeat(MIB - 11) + "\"}";
        for (int i = 0; i < 40; i++) {
            log.record(page(i, oneMebibyte));
        }

        List<Exchange> kept = log.snapshot();
        assertThat(kept.stream().mapToLong(e -> e.responseBody().length()).sum()).isLessThanOrEqualTo(README_BOUND);
        assertThat(kept).hasSizeGreaterThanOrEqualTo(30).last().extracting(Exchange::target).isEqualTo("https://x.test/page/39");
        assertThat(log.retainedBytes()).isLessThanOrEqualTo(README_BOUND);
    }

    @Test
    void theNewestIsKeptEvenWhenItAloneIsOverTheBound() {
        ExchangeLog log = new ExchangeLog(List.of(), 100, 1_000);
        log.record(page(0, "small"));
        log.record(page(1, "y".repeat(5_000)));

        assertThat(log.snapshot()).singleElement().extracting(Exchange::target).isEqualTo("https://x.test/page/1");
    }

    @Test
    void sizesCountUtf8Bytes() {
        Exchange e = page(0, "ä日😀");

        assertThat(e.responseSize()).isEqualTo(2 + 3 + 4);
    }

    /**
     * The walk of issue 12 in small: 400 LDAP-like pages of 256 KiB (100 MiB in all) through one log in a JVM
     * of 64 MiB. Kept whole, they do not fit.
     */
    @Test
    void aLongWalkOfBigPagesFitsInASmallHeap(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), BigWalk.class.getName(), "400", String.valueOf(256 * 1024))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = child.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        assertThat(ended).as("the child ended within 240 s").isTrue();
        assertThat(child.exitValue()).as(Files.readString(out)).isZero();
        assertThat(Files.readString(out)).contains("recorded 400");
    }

    private static Exchange page(int i, String body) {
        return new Exchange(0, "c", Exchange.LDAP, "SEARCH", "https://x.test/page/" + i, Map.of(), null, 0, "success",
                Map.of(), body, Instant.EPOCH, Duration.ZERO, null);
    }

    /** The child: records pages as the LDAP connector does, keeps nothing itself. */
    public static final class BigWalk {
        public static void main(String[] args) {
            int pages = Integer.parseInt(args[0]);
            int bytes = Integer.parseInt(args[1]);
            ExchangeLog log = new ExchangeLog(List.of("bind-password-1234"));
            for (int i = 0; i < pages; i++) {
                log.record(page(i, entries(i, bytes)));
            }
            System.out.println("recorded " + pages + ", kept " + log.snapshot().size());
        }

        private static String entries(int page, int bytes) {
            StringBuilder sb = new StringBuilder(bytes + 200).append('[');
            for (int n = 0; sb.length() < bytes; n++) {
                sb.append(n == 0 ? "" : ",").append("{\"dn\":\"cn=Group ").append(page).append('-').append(n)
                        .append(",ou=Groups,dc=example,dc=com\",\"cn\":[\"Group ").append(n)
                        .append("\"],\"description\":[\"A group of the walk\"],\"userPassword\":[\"{SSHA}abc\"]}");
            }
            return sb.append(']').toString();
        }
    }
}
