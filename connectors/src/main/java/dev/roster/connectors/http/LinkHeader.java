package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 8288 (formerly 5988) {@code Link} headers: {@code <url>; rel="next", <url>; rel="self"}. Okta sends
 * one header line per link, others join links with commas; both arrive here as a list of values.
 * <p>
 * Parsed character by character rather than split on commas and semicolons, because both may stand
 * inside the URL and inside quoted parameter values.
 */
public final class LinkHeader {

    /** One link: its URI reference as written and its parameters, names lower-cased. */
    public record Link(String uri, Map<String, String> params) {
        public Link {
            params = Map.copyOf(params);
        }

        /** {@code rel} may hold several space-separated relation types; they compare case-insensitively. */
        public List<String> rels() {
            String rel = params.get("rel");
            return rel == null || rel.isBlank() ? List.of()
                    : Arrays.stream(rel.trim().split("\\s+")).map(r -> r.toLowerCase(Locale.ROOT)).toList();
        }

        public boolean hasRel(String rel) {
            return rels().contains(rel.toLowerCase(Locale.ROOT));
        }
    }

    private LinkHeader() {
    }

    /** The next page's URL, resolved against the request URL (RFC 8288 allows relative references). */
    public static Optional<URI> next(HttpHeaders headers, URI requestUri) {
        return find(headers.allValues("link"), "next").map(href -> {
            try {
                return requestUri.resolve(href.trim());
            } catch (IllegalArgumentException e) {
                throw DirectoryException.caused(ErrorKind.PROTOCOL, e, ErrorCode.NEXT_LINK_NOT_A_URL, href);
            }
        });
    }

    /** The first link with this relation type, as written. */
    public static Optional<String> find(List<String> headerValues, String rel) {
        return parse(headerValues).stream().filter(l -> l.hasRel(rel)).map(Link::uri).findFirst();
    }

    public static List<Link> parse(List<String> headerValues) {
        List<Link> links = new ArrayList<>();
        for (String value : headerValues) {
            if (value != null) {
                new Parser(value).parseInto(links);
            }
        }
        return links;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void parseInto(List<Link> links) {
            while (true) {
                skipWhitespaceAndCommas();
                if (pos >= s.length()) {
                    return;
                }
                if (s.charAt(pos) != '<') {
                    skipPastNextTopLevelComma(); // not a link-value: drop it, keep the rest
                    continue;
                }
                int close = s.indexOf('>', pos + 1);
                if (close < 0) {
                    return;
                }
                String uri = s.substring(pos + 1, close);
                pos = close + 1;
                links.add(new Link(uri, params()));
            }
        }

        /** {@code *( OWS ";" OWS link-param )}; the first occurrence of a parameter wins, as RFC 8288 says for rel. */
        private Map<String, String> params() {
            Map<String, String> params = new LinkedHashMap<>();
            while (true) {
                skipWhitespace();
                if (pos >= s.length() || s.charAt(pos) != ';') {
                    return params;
                }
                pos++;
                skipWhitespace();
                int start = pos;
                while (pos < s.length() && "=;, \t".indexOf(s.charAt(pos)) < 0) {
                    pos++;
                }
                String name = s.substring(start, pos).toLowerCase(Locale.ROOT);
                skipWhitespace();
                String value = "";
                if (pos < s.length() && s.charAt(pos) == '=') {
                    pos++;
                    skipWhitespace();
                    value = pos < s.length() && s.charAt(pos) == '"' ? quoted() : token();
                }
                if (!name.isEmpty()) {
                    params.putIfAbsent(name, value);
                }
            }
        }

        private String quoted() {
            StringBuilder sb = new StringBuilder();
            pos++; // opening quote
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '\\' && pos < s.length()) {
                    sb.append(s.charAt(pos++));
                } else if (c == '"') {
                    return sb.toString();
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private String token() {
            int start = pos;
            while (pos < s.length() && ";, \t".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private void skipWhitespace() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private void skipWhitespaceAndCommas() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t' || s.charAt(pos) == ',')) {
                pos++;
            }
        }

        private void skipPastNextTopLevelComma() {
            boolean inQuotes = false;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    inQuotes = !inQuotes;
                } else if (c == ',' && !inQuotes) {
                    return;
                }
            }
        }
    }
}
