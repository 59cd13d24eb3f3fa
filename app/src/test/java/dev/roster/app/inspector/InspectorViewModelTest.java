package dev.roster.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.session.Session;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorViewModelTest {
    @TempDir Path dir;
    private final Sessions.Fake fake = Sessions.fake(30, 3);
    private final SimpleObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final InspectorViewModel vm = new InspectorViewModel(session, new SameThreadRunner(), Messages.load(Locale.ROOT));

    @Test
    void exchangesAreListedNewestFirstAndLive() {
        fake.session().directory().verify();
        session.set(fake.session());
        assertThat(vm.exchanges()).hasSize(1);
        fake.session().directory().listGroups(ListQuery.ofLimit(10));
        assertThat(vm.exchanges()).hasSize(2);
        assertThat(vm.exchanges().getFirst().target()).contains("/groups");
        session.set(null);
        assertThat(vm.exchanges()).isEmpty();
    }

    @Test
    void sortingTheTableLeavesTheListNewestFirstAndTrimmingDropsTheOldest() {
        session.set(fake.session());
        for (int i = 0; i < InspectorViewModel.MAX_ROWS + 5; i++) {
            fake.session().directory().listGroups(ListQuery.ofLimit(1 + i % 7));
        }
        // The table sorts its own view (here by response size, in bytes), never the view model's list.
        vm.sorted().setComparator(java.util.Comparator.comparingLong(vm::responseSize));
        fake.session().directory().listGroups(ListQuery.ofLimit(1));
        assertThat(vm.exchanges()).hasSize(InspectorViewModel.MAX_ROWS);
        List<Long> sequences = vm.exchanges().stream().map(Exchange::sequence).toList();
        assertThat(sequences).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(sequences.getFirst()).isEqualTo(InspectorViewModel.MAX_ROWS + 6L);
        assertThat(vm.sorted()).hasSize(InspectorViewModel.MAX_ROWS);
        assertThat(vm.sorted().stream().map(vm::responseSize).toList()).isSorted();
        Exchange any = vm.exchanges().get(3);
        assertThat(vm.responseSize(any)).isEqualTo(any.responseSize());
    }

    /** The trace keeps at most so many bytes of exchanges; the inspector must not keep more of them alive. */
    @Test
    void theInspectorListsNoMoreThanTheTraceKeeps() {
        ExchangeLog small = new ExchangeLog(List.of(), 2_000, 4_000);
        FakeDirectory directory = new FakeDirectory(small, 30, 3);
        Session bounded = new Session("test", new UnifiedDirectory("test", FakeDirectory.provider("fake", 30, 3), directory, small));
        session.set(bounded);
        for (int i = 0; i < 50; i++) {
            bounded.directory().listGroups(ListQuery.ofLimit(5));
        }

        assertThat(small.snapshot()).hasSizeLessThan(50);
        assertThat(vm.exchanges()).extracting(Exchange::sequence)
                .containsExactlyElementsOf(small.snapshot().reversed().stream().map(Exchange::sequence).toList());
    }

    @Test
    void detailsAreMaskedPrettyAndShownInEveryFormat() {
        session.set(fake.session());
        var page = fake.session().directory().listGroups(ListQuery.ofLimit(2));
        fake.session().results().remember(page);
        vm.selectedProperty().set(vm.exchanges().getFirst());
        assertThat(vm.requestHeadersProperty().get()).contains("Authorization: Bearer ****").doesNotContain(FakeDirectory.TOKEN);
        assertThat(vm.responseBodyProperty().get()).startsWith("[ {\n").contains("\"native_id\" : \"g0\"");
        vm.prettyProperty().set(false);
        assertThat(vm.responseBodyProperty().get()).isEqualTo("[{\"native_id\":\"g0\"},{\"native_id\":\"g1\"}]");
        assertThat(vm.formattedProperty(ResponseFormat.UNIFIED).get()).contains("\"remote_data\"", "\"next_cursor\"");
        assertThat(vm.formattedProperty(ResponseFormat.NORMALIZED).get()).doesNotContain("remote_data");
        assertThat(vm.formattedProperty(ResponseFormat.RAW).get()).contains("native_id").doesNotContain("next_cursor");
        assertThat(vm.formattedProperty(ResponseFormat.DEBUG).get()).contains("requestUrl", "Bearer ****");
        assertThat(vm.summaryProperty().get()).contains("GET", "https://fake.test/groups", "200");
    }

    @Test
    void curlUsesATokenVariableNeverTheSecret() {
        session.set(fake.session());
        fake.session().directory().listGroups(ListQuery.ofLimit(2));
        vm.selectedProperty().set(vm.exchanges().getFirst());
        assertThat(vm.curlUnavailableProperty().get()).isNull();
        assertThat(vm.curl()).startsWith("curl 'https://fake.test/groups?after=0'")
                .contains("-H 'Authorization: Bearer '\"$TOKEN\"''").doesNotContain(FakeDirectory.TOKEN);
    }

    @Test
    void ldapExchangesBecomeLdapsearchOrLdapmodifyAndABindHasNone() {
        Exchange search = ldap("SEARCH", "ldap://127.0.0.1:1389/ou=groups,dc=example??SUB?(objectClass=groupOfNames)",
                "{\"base\":\"ou=groups,dc=example\",\"scope\":\"SUB\",\"filter\":\"(objectClass=groupOfNames)\",\"attributes\":[\"cn\",\"member\"]}");
        ShellCommand.Result s = ShellCommand.curl(search, "no command");
        assertThat(s.tool()).isEqualTo("ldapsearch");
        assertThat(s.command()).isEqualTo("ldapsearch -H 'ldap://127.0.0.1:1389' -x -D \"$BIND_DN\" -w \"$TOKEN\""
                + " -b 'ou=groups,dc=example' -s sub '(objectClass=groupOfNames)' 'cn' 'member'");
        Exchange modify = ldap("MODIFY", "ldap://127.0.0.1:1389/cn=Ops,ou=groups,dc=example",
                "{\"dn\":\"cn=Ops,ou=groups,dc=example\",\"changes\":[{\"operation\":\"delete\",\"attribute\":\"member\","
                        + "\"values\":[\"uid=ada,ou=people,dc=example\"]}]}");
        assertThat(ShellCommand.curl(modify, "no command").command()).isEqualTo("ldapmodify -H 'ldap://127.0.0.1:1389' -x"
                + " -D \"$BIND_DN\" -w \"$TOKEN\" <<'LDIF'\ndn: cn=Ops,ou=groups,dc=example\nchangetype: modify\n"
                + "delete: member\nmember: uid=ada,ou=people,dc=example\n-\nLDIF");
        Exchange add = ldap("ADD", "ldap://h:389/uid=ada,ou=people,dc=example",
                "{\"dn\":\"uid=ada,ou=people,dc=example\",\"attributes\":{\"uid\":[\"ada\"],\"userPassword\":[\"****\"]}}");
        assertThat(ShellCommand.curl(add, "no command").command()).startsWith("# **** is a value Roster never shows")
                .contains("changetype: add\nuid: ada\nuserPassword: ****\nLDIF");
        Exchange bind = ldap("BIND", "ldap://h:389/cn=admin", "{\"dn\":\"cn=admin\",\"password\":\"****\"}");
        assertThat(ShellCommand.curl(bind, "no command").unavailable()).isEqualTo("no command");
    }

    private static Exchange ldap(String method, String target, String body) {
        return new Exchange(1, "s", Exchange.LDAP, method, target, Map.of(), body, 0, "success", Map.of(), "[]",
                Instant.now(), Duration.ZERO, null);
    }

    /**
     * Two threads of one connection record at once: the one numbered first can reach the inspector second.
     * It is listed in number order, not dropped and not put on top.
     */
    @Test
    void anExchangeHeardAfterALaterOneIsListedInNumberOrder() throws Exception {
        ExchangeLog log = new ExchangeLog(List.of());
        java.util.concurrent.CountDownLatch firstNumbered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondHeard = new java.util.concurrent.CountDownLatch(1);
        // heard before the inspector: holds the first recorder back until the second one's exchange has been listed
        log.subscribe(e -> {
            if (e.sequence() == 1) {
                firstNumbered.countDown();
                try {
                    secondHeard.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        FakeDirectory directory = new FakeDirectory(log, 30, 3);
        session.set(new Session("test", new UnifiedDirectory("test", FakeDirectory.provider("fake", 30, 3), directory, log)));

        Thread first = new Thread(() -> log.record(ldap("SEARCH", "ldap://h:389/ou=first", "[]")));
        first.start();
        assertThat(firstNumbered.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        log.record(ldap("SEARCH", "ldap://h:389/ou=second", "[]"));
        secondHeard.countDown();
        first.join(java.util.concurrent.TimeUnit.SECONDS.toMillis(30));
        assertThat(first.isAlive()).isFalse();

        assertThat(vm.exchanges()).extracting(Exchange::sequence).containsExactly(2L, 1L);
        assertThat(vm.exchanges()).extracting(Exchange::target).containsExactly("ldap://h:389/ou=second", "ldap://h:389/ou=first");
    }

    @Test
    void hugeBodiesAreNotRenderedButCanBeSaved() throws Exception {
        String huge = "x".repeat(BodyText.LIMIT + 10);
        assertThat(BodyText.show(huge, true, "too large").tooLarge()).isTrue();
        Exchange e = new Exchange(7, "s", Exchange.HTTP, "GET", "https://x.test/big", Map.of(), null, 200, "OK", Map.of(), huge,
                Instant.now(), Duration.ofMillis(5), null);
        String text = ExchangeText.of(e);
        assertThat(text).startsWith("# Roster exchange 7").contains("GET https://x.test/big", "< 200 OK (5 ms)");
        session.set(fake.session());
        fake.session().directory().verify();
        vm.selectedProperty().set(vm.exchanges().getFirst());
        Path file = dir.resolve("exchange.txt");
        vm.save(file);
        assertThat(Files.readString(file)).contains("GET https://fake.test/me", "Bearer ****").doesNotContain(FakeDirectory.TOKEN);
    }

    @Test
    void revealSelectsAnExchangeBySequence() {
        session.set(fake.session());
        fake.session().directory().verify();
        fake.session().directory().verify();
        long first = vm.exchanges().getLast().sequence();
        assertThat(vm.reveal(first)).isTrue();
        assertThat(vm.selectedProperty().get().sequence()).isEqualTo(first);
        assertThat(vm.reveal(999)).isFalse();
    }

    @Test
    void shellQuotingSurvivesQuotes() {
        assertThat(ShellCommand.quote("it's ****!", "$TOKEN")).isEqualTo("'it'\\''s '\"$TOKEN\"'!'");
        assertThat(List.of(ShellCommand.quote("plain", "$X"))).containsExactly("'plain'");
    }
}
