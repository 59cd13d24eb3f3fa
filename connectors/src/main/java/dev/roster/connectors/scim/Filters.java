package dev.roster.connectors.scim;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * SCIM filter expressions (RFC 7644 section 3.4.2.2). A compared value is a JSON string literal there, so it
 * is quoted and escaped as JSON: an id holding a quote cannot end the literal and add a clause of its own.
 */
final class Filters {

    private Filters() {
    }

    static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    static String eq(String attribute, String value) {
        return attribute + " eq " + quote(value);
    }

    /** Both expressions must hold; each is bracketed so that an {@code or} inside one stays inside it. */
    static String and(String left, String right) {
        return "(" + left + ") and (" + right + ")";
    }
}
