package dev.roster.connectors.ldap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import dev.roster.connectors.trace.Redactor;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Performs one LDAP operation on a given connection and records it as an {@link Exchange}, success or not;
 * failures become typed {@link DirectoryException}s carrying the server's diagnostic. Every recorded text
 * passes a redactor that knows the bind password, whatever log it is recorded in.
 */
final class LdapCalls {
    private final LdapConfig config;
    private final ExchangeLog log;
    private final Redactor scrub;

    LdapConfig config() {
        return config;
    }

    LdapCalls(LdapConfig config, ExchangeLog log) {
        this.config = config;
        this.log = log;
        this.scrub = Redactor.knowing(List.of(config.bindPassword()));
    }

    Redactor scrub() {
        return scrub;
    }

    /** One search's entries, its result (for the response controls) and the recorded exchange. */
    record Searched(List<SearchResultEntry> entries, SearchResult result, Exchange exchange) {
    }

    /**
     * Runs a search. Result codes in {@code tolerated} (e.g. noSuchObject for a base read, sizeLimitExceeded
     * on a paged search) return what came instead of failing.
     */
    Searched search(LDAPConnection connection, SearchRequest request, String what, Set<ResultCode> tolerated) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        SearchResult result;
        try {
            result = connection.search(request);
        } catch (LDAPSearchException e) {
            result = e.getSearchResult();
            boolean ok = tolerated.contains(e.getResultCode());
            Exchange exchange = recordSearch(connection, request, result, started, t0, ok ? null : e);
            if (!ok) {
                throw LdapErrors.failure(what, e, LdapErrors.kind(e.getResultCode(), false), scrub, config);
            }
            return new Searched(entries(result), result, exchange);
        }
        return new Searched(entries(result), result, recordSearch(connection, request, result, started, t0, null));
    }

    /**
     * Adds an entry. {@code secrets} scrubs values only this operation knows (a new user's password) from
     * everything recorded and from the error, in case a server echoes one in a diagnostic message.
     */
    Exchange add(LDAPConnection connection, AddRequest request, String what, Redactor secrets) {
        ObjectNode body = EntryJson.add(request.toEntry());
        return write(connection, "ADD", request.getDN(), body, what, Map.of(), c -> connection.add(request), code -> null,
                secrets);
    }

    Exchange modify(LDAPConnection connection, ModifyRequest request, String what, Function<ResultCode, ErrorKind> kinds) {
        ObjectNode body = EntryJson.modify(request.getDN(), request.getModifications());
        Map<String, List<String>> headers = controls(request.getControlList());
        return write(connection, "MODIFY", request.getDN(), body, what, headers, c -> connection.modify(request), kinds,
                Redactor.DEFAULT);
    }

    /**
     * Records a connect that failed: no answer (status -1), the server it was for, and why. A connect that works is
     * not an exchange of its own; the bind that follows it is.
     */
    Exchange recordFailedConnect(Instant started, long t0, LDAPException failure) {
        return record("CONNECT", config.serverUrl(), Map.of(), null, -1, failure.getResultCode().getName(), Map.of(), null,
                started, t0, describe(failure));
    }

    /** Records a bind; the password is never part of what is recorded. */
    Exchange recordBind(LDAPConnection connection, Instant started, long t0, LDAPException failure) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("dn", config.bindDn().toString());
        body.put("mechanism", "simple");
        body.put("password", Redactor.MASK);
        int status = failure == null ? 0 : failure.getResultCode().intValue();
        boolean answered = failure == null || !isLocal(failure.getResultCode());
        return record("BIND", config.serverUrl() + "/" + config.bindDn(), connectionHeader(connection), body.toString(),
                answered ? status : -1, failure == null ? ResultCode.SUCCESS.getName() : failure.getResultCode().getName(),
                Map.of(), null, started, t0, failure == null ? null : describe(failure));
    }

    /** Records a StartTLS extended operation. */
    Exchange recordStartTls(LDAPConnection connection, Instant started, long t0, LDAPException failure) {
        int status = failure == null ? 0 : failure.getResultCode().intValue();
        return record("EXTENDED", config.serverUrl() + " StartTLS (1.3.6.1.4.1.1466.20037)", connectionHeader(connection),
                null, status, failure == null ? ResultCode.SUCCESS.getName() : failure.getResultCode().getName(),
                Map.of(), null, started, t0, failure == null ? null : describe(failure));
    }

    // feature: connection-check
    /**
     * Runs an extended operation (such as "Who am I?", RFC 4532) and records it. The server's refusal (a result
     * code other than success: an operation it does not support) comes back as the result, not thrown; only a
     * failure without an answer (a lost connection) is thrown.
     */
    com.unboundid.ldap.sdk.ExtendedResult extended(LDAPConnection connection, com.unboundid.ldap.sdk.ExtendedRequest request,
                                                   String label, String what) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String target = config.serverUrl() + " " + label + " (" + request.getOID() + ")";
        try {
            com.unboundid.ldap.sdk.ExtendedResult result = connection.processExtendedOperation(request);
            ObjectNode body = Json.mapper().createObjectNode();
            body.put("result_code", result.getResultCode().intValue());
            body.put("result", result.getResultCode().getName());
            body.put("diagnostic_message", result.getDiagnosticMessage());
            if (result instanceof com.unboundid.ldap.sdk.extensions.WhoAmIExtendedResult who) {
                body.put("authzid", who.getAuthorizationID());
            }
            record("EXTENDED", target, connectionHeader(connection), null, result.getResultCode().intValue(),
                    result.getResultCode().getName(), Map.of(), body.toString(), started, t0, null);
            return result;
        } catch (LDAPException e) {
            record("EXTENDED", target, connectionHeader(connection), null, isLocal(e.getResultCode()) ? -1 : e.getResultCode().intValue(),
                    e.getResultCode().getName(), Map.of(), null, started, t0, describe(e));
            throw LdapErrors.failure(what, e, LdapErrors.kind(e.getResultCode(), false), scrub, config);
        }
    }

    /** Records a batch of pipelined base reads as one exchange (see {@link MemberEntries}). */
    Exchange recordBaseReads(LDAPConnection connection, List<DN> dns, String filter, String[] attributes,
                             List<SearchResultEntry> found, int missing, Instant started, long t0, LDAPException failure) {
        ObjectNode body = Json.mapper().createObjectNode();
        var bases = body.putArray("bases");
        dns.forEach(dn -> bases.add(dn.toString()));
        body.put("scope", "base");
        body.put("filter", filter);
        var attrs = body.putArray("attributes");
        for (String a : attributes) {
            attrs.add(a);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(connectionHeader(connection));
        headers.put("Attributes", List.of(String.join(", ", attributes)));
        headers.put("Pipelined-Requests", List.of(String.valueOf(dns.size())));
        Map<String, List<String>> response = new LinkedHashMap<>();
        response.put("Entry-Count", List.of(String.valueOf(found.size())));
        response.put("Missing-Or-Not-Matching", List.of(String.valueOf(missing)));
        String target = config.serverUrl() + "/" + (dns.isEmpty() ? "" : dns.getFirst()) + "??base?" + filter
                + (dns.size() > 1 ? " (+" + (dns.size() - 1) + " more base reads)" : "");
        ResultCode code = failure == null ? ResultCode.SUCCESS : failure.getResultCode();
        return record("SEARCH", target, headers, body.toString(), code.intValue(), code.getName(), response,
                EntryJson.entries(found).toString(), started, t0, failure == null ? null : describe(failure));
    }

    private interface Write {
        LDAPResult run(LDAPConnection connection) throws LDAPException;
    }

    private Exchange write(LDAPConnection connection, String method, String dn, ObjectNode body, String what,
                           Map<String, List<String>> extraHeaders, Write write, Function<ResultCode, ErrorKind> kinds,
                           Redactor secrets) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Map<String, List<String>> headers = new LinkedHashMap<>(connectionHeader(connection));
        headers.putAll(extraHeaders);
        String target = config.serverUrl() + "/" + dn;
        try {
            LDAPResult result = write.run(connection);
            return record(method, target, headers, body.toString(), result.getResultCode().intValue(),
                    result.getResultCode().getName(), Map.of(), secrets.text(resultBody(result.getResultCode(),
                            result.getDiagnosticMessage(), result.getMatchedDN())), started, t0, null);
        } catch (LDAPException e) {
            boolean answered = !isLocal(e.getResultCode());
            record(method, target, headers, body.toString(), answered ? e.getResultCode().intValue() : -1,
                    e.getResultCode().getName(), Map.of(), answered ? secrets.text(LdapErrors.rawResponse(e).toString()) : null,
                    started, t0, secrets.text(describe(e)));
            ErrorKind refined = kinds.apply(e.getResultCode());
            DirectoryException failure = LdapErrors.failure(what, e,
                    refined != null ? refined : LdapErrors.kind(e.getResultCode(), true), scrub, config);
            throw failure.scrubbed(secrets::text);
        }
    }

    private Exchange recordSearch(LDAPConnection connection, SearchRequest request, SearchResult result,
                                  Instant started, long t0, LDAPException failure) {
        Map<String, List<String>> headers = new LinkedHashMap<>(connectionHeader(connection));
        headers.put("Attributes", List.of(String.join(", ", request.getAttributes())));
        if (request.getSizeLimit() > 0) {
            headers.put("Size-Limit", List.of(String.valueOf(request.getSizeLimit())));
        }
        headers.putAll(controls(request.getControlList()));
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("base", request.getBaseDN());
        body.put("scope", request.getScope().getName());
        body.put("filter", request.getFilter().toString());
        var attributes = body.putArray("attributes");
        for (String a : request.getAttributes()) {
            attributes.add(a);
        }
        Map<String, List<String>> response = new LinkedHashMap<>();
        List<SearchResultEntry> entries = entries(result);
        response.put("Entry-Count", List.of(String.valueOf(entries.size())));
        if (result != null && result.hasResponseControl(SimplePagedResultsControl.PAGED_RESULTS_OID)) {
            try {
                SimplePagedResultsControl paged = SimplePagedResultsControl.get(result);
                response.put("Has-Cookie", List.of(String.valueOf(paged.moreResultsToReturn())));
                if (paged.getSize() > 0) {
                    response.put("Estimated-Total", List.of(String.valueOf(paged.getSize())));
                }
            } catch (LDAPException malformed) {
                response.put("Has-Cookie", List.of("malformed control"));
            }
        }
        if (result != null && result.getMatchedDN() != null) {
            response.put("Matched-DN", List.of(result.getMatchedDN()));
        }
        ResultCode code = failure != null ? failure.getResultCode() : result == null ? ResultCode.SUCCESS : result.getResultCode();
        boolean answered = failure == null || !isLocal(failure.getResultCode());
        String target = config.serverUrl() + "/" + request.getBaseDN() + "??" + request.getScope().getName() + "?"
                + request.getFilter();
        return record("SEARCH", target, headers, body.toString(), answered ? code.intValue() : -1, code.getName(), response,
                EntryJson.entries(entries).toString(), started, t0, failure == null ? null : describe(failure));
    }

    private Exchange record(String method, String target, Map<String, List<String>> requestHeaders, String requestBody,
                            int status, String statusText, Map<String, List<String>> responseHeaders, String responseBody,
                            Instant started, long t0, String error) {
        Duration duration = Duration.ofNanos(System.nanoTime() - t0);
        // text, not body: the Exchange masks secret keys itself, and a page body is parsed once, there
        return log.record(new Exchange(0, config.connectionName(), Exchange.LDAP, method, scrub.text(target),
                requestHeaders, scrub.text(requestBody), status, statusText, responseHeaders, scrub.text(responseBody),
                started, duration, scrub.text(error)));
    }

    /** The entries a search returned; none when the SDK gave up before any result (a lost connection). */
    private static List<SearchResultEntry> entries(SearchResult result) {
        return result == null || result.getSearchEntries() == null ? List.of() : result.getSearchEntries();
    }

    private static Map<String, List<String>> connectionHeader(LDAPConnection connection) {
        return connection == null ? Map.of() : Map.of("Connection", List.of("#" + connection.getConnectionID()));
    }

    private static Map<String, List<String>> controls(List<Control> controls) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Control control : controls) {
            if (control instanceof SimplePagedResultsControl paged) {
                int cookie = paged.getCookie() == null ? 0 : paged.getCookie().getValueLength();
                headers.put("Paged-Results", List.of("size=" + paged.getSize() + "; cookie="
                        + (cookie == 0 ? "none" : cookie + " bytes") + (paged.isCritical() ? "; critical" : "")));
            } else {
                headers.computeIfAbsent("Control", k -> new ArrayList<>())
                        .add(control.getOID() + (control.isCritical() ? " (critical)" : ""));
            }
        }
        return headers;
    }

    private static String resultBody(ResultCode code, String diagnostic, String matchedDn) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("result_code", code.intValue());
        node.put("result", code.getName());
        node.put("diagnostic_message", diagnostic);
        node.put("matched_dn", matchedDn);
        return node.toString();
    }

    private static String describe(LDAPException e) {
        String diagnostic = LdapErrors.diagnostic(e);
        return e.getResultCode().getName() + " (" + e.getResultCode().intValue() + ")"
                + (diagnostic == null || diagnostic.isBlank() ? "" : ": " + diagnostic);
    }

    /** Result codes the SDK makes up on the client side: the server never answered. */
    static boolean isLocal(ResultCode code) {
        return code.isClientSideResultCode();
    }
}
