package dev.roster.connectors.model;

/** The unified model's rule for optional text, shared by the connectors and the app's forms. */
public final class Text {
    private Text() {
    }

    /** Blank (null, empty or only white space) means absent: null; anything else without its outer white space. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
