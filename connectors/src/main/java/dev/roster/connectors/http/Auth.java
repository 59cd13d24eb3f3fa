package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a connector proves who it is: the {@code Authorization} header value, and the secrets it holds so
 * that the trace can scrub them wherever a provider echoes them. {@code toString} never shows a token.
 */
public sealed interface Auth {

    /** OAuth 2.0 access tokens, Graph, Google, SCIM servers, Truto: {@code Authorization: Bearer <token>}. */
    static Auth bearer(String token) {
        return new Scheme("Bearer", checked(token));
    }

    /**
     * A bearer token that expires and is renewed (an OAuth 2.0 client-credentials token): {@code tokens} is
     * asked before every request and answers from its cache until the token is due for renewal. It may throw
     * a {@link DirectoryException} (the sign-in refused), which fails that request before anything is sent.
     * The header is masked in the trace like any {@code Authorization}; the token endpoint's answer masks its
     * {@code access_token} key.
     */
    static Auth renewingBearer(java.util.function.Supplier<String> tokens) {
        java.util.Objects.requireNonNull(tokens, "tokens");
        // the tokens' source masks its own secrets (the token endpoint's answer), so none are listed here
        return new Renewed(tokens, List::of);
    }

    /** An Okta API token: {@code Authorization: SSWS <token>}. */
    static Auth oktaApiToken(String token) {
        return new Scheme("SSWS", checked(token));
    }

    /**
     * An OAuth 2.0 access token that is obtained, cached and renewed while the connection is open (a Google
     * service account's): {@code token} is asked on every request, so nothing is fetched before the first one.
     * {@code secrets} are the values the trace must mask (the current token, the key that signs for it).
     */
    static Auth bearer(Supplier<String> token, Supplier<List<String>> secrets) {
        return new Renewed(token, secrets);
    }

    static Auth none() {
        return None.INSTANCE;
    }

    Optional<String> authorization();

    List<String> secrets();

    /**
     * Surrounding whitespace is dropped: tokens are pasted, often with a newline. A line break inside
     * would split the header, and an empty token only fails later with a confusing 401.
     */
    private static String checked(String token) {
        String t = token == null ? "" : token.strip();
        if (t.isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.API_TOKEN_EMPTY);
        }
        if (t.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw DirectoryException.invalid(ErrorCode.API_TOKEN_LINE_BREAK);
        }
        return t;
    }

    record Scheme(String scheme, String token) implements Auth {
        @Override
        public Optional<String> authorization() {
            return Optional.of(scheme + " " + token);
        }

        @Override
        public List<String> secrets() {
            return List.of(token);
        }

        @Override
        public String toString() {
            return "Auth[" + scheme + " ****]";
        }
    }

    record Renewed(Supplier<String> token, Supplier<List<String>> secretValues) implements Auth {
        @Override
        public Optional<String> authorization() {
            return Optional.of("Bearer " + checked(token.get()));
        }

        @Override
        public List<String> secrets() {
            return secretValues.get();
        }

        @Override
        public String toString() {
            return "Auth[Bearer (renewed) ****]";
        }
    }

    enum None implements Auth {
        INSTANCE;

        @Override
        public Optional<String> authorization() {
            return Optional.empty();
        }

        @Override
        public List<String> secrets() {
            return List.of();
        }
    }
}
