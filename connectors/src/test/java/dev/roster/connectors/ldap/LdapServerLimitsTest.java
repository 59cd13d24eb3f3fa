package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Limits and misbehaviour of real servers the in-memory one lacks, and how a walk copes with them. */
class LdapServerLimitsTest {
    private EmbeddedLdap server;

    @AfterEach
    void stop() {
        server.close();
    }

    private UnifiedDirectory open(InMemoryOperationInterceptor behaviour) {
        server = EmbeddedLdap.start(23, 2, behaviour);
        return UnifiedDirectory.open(new LdapConnectorProvider(), server.settings("limits", Map.of()));
    }

    private static List<String> walkUsers(UnifiedDirectory directory, int limit, WalkOutcome[] outcome) {
        List<String> ids = new ArrayList<>();
        outcome[0] = directory.walkUsers(ListQuery.ofLimit(limit), p -> p.page().result().forEach(u -> ids.add(u.id())),
                () -> false);
        return ids;
    }

    private static Optional<SimplePagedResultsControl> paged(Control[] controls) throws LDAPException {
        for (Control control : controls) {
            if (SimplePagedResultsControl.PAGED_RESULTS_OID.equals(control.getOID())) {
                return Optional.of(new SimplePagedResultsControl(control.getOID(), control.isCritical(), control.getValue()));
            }
        }
        return Optional.empty();
    }

    @Test
    void aRefusedPageSizeIsHalvedUntilTheServerAcceptsIt() {
        // OpenLDAP's limits size.pr=5: a larger page size is answered with adminLimitExceeded
        InMemoryOperationInterceptor sizePr = new InMemoryOperationInterceptor() {
            @Override
            public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
                Control control = request.getRequest().getControl(SimplePagedResultsControl.PAGED_RESULTS_OID);
                if (control != null && paged(new Control[] {control}).orElseThrow().getSize() > 5) {
                    throw new LDAPException(ResultCode.ADMIN_LIMIT_EXCEEDED, "page size exceeds size.pr");
                }
            }
        };
        try (UnifiedDirectory directory = open(sizePr)) {
            WalkOutcome[] outcome = new WalkOutcome[1];

            List<String> ids = walkUsers(directory, 20, outcome);

            assertThat(ids).hasSize(23).doesNotHaveDuplicates();
            assertThat(outcome[0].pages()).isEqualTo(2);
            assertThat(directory.exchanges().snapshot()).extracting(Exchange::status).contains(11, 0);
        }
    }

    @Test
    void sizeLimitExceededOnAPagedSearchKeepsItsEntriesAndGoesOn() {
        // a server that ends each page with sizeLimitExceeded but still hands out a cookie
        InMemoryOperationInterceptor softLimit = new InMemoryOperationInterceptor() {
            @Override
            public void processSearchResult(InMemoryInterceptedSearchResult result) {
                LDAPResult r = result.getResult();
                result.setResult(new LDAPResult(r.getMessageID(), ResultCode.SIZE_LIMIT_EXCEEDED, "soft limit", null,
                        r.getReferralURLs(), r.getResponseControls()));
            }
        };
        try (UnifiedDirectory directory = open(softLimit)) {
            WalkOutcome[] outcome = new WalkOutcome[1];

            List<String> ids = walkUsers(directory, 10, outcome);

            assertThat(ids).hasSize(23).doesNotHaveDuplicates();
            assertThat(outcome[0].complete()).isTrue();
        }
    }

    @Test
    void aServerThatRepeatsACookieIsReportedAsLooping() {
        Map<Long, ASN1OctetString> firstCookie = new ConcurrentHashMap<>();
        InMemoryOperationInterceptor repeating = new InMemoryOperationInterceptor() {
            @Override
            public void processSearchResult(InMemoryInterceptedSearchResult result) {
                LDAPResult r = result.getResult();
                Control[] controls = r.getResponseControls();
                try {
                    Optional<SimplePagedResultsControl> paged = paged(controls);
                    if (paged.isEmpty() || paged.get().getCookie().getValueLength() == 0) {
                        return;
                    }
                    ASN1OctetString first = firstCookie.computeIfAbsent(result.getConnectionID(), id -> paged.get().getCookie());
                    result.setResult(new LDAPResult(r.getMessageID(), r.getResultCode(), r.getDiagnosticMessage(), null,
                            r.getReferralURLs(), new Control[] {new SimplePagedResultsControl(0, first, false)}));
                } catch (LDAPException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try (UnifiedDirectory directory = open(repeating)) {
            WalkOutcome[] outcome = new WalkOutcome[1];

            List<String> ids = walkUsers(directory, 5, outcome);

            assertThat(outcome[0].looping()).isTrue();
            assertThat(outcome[0].complete()).isFalse();
            assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        }
    }
}
