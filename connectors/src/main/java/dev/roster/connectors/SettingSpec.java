package dev.roster.connectors;

import java.util.List;

/**
 * One setting a connector needs to connect (base URL, bind DN, token ...). A {@code secret} setting is
 * never stored in plain files: it comes from the keychain, an environment variable or a prompt.
 * {@code choices} is empty for free text.
 *
 * <p>{@code kind} says what the value is, so that a form can offer the right control and check it as it is
 * typed (a URL's syntax, that a file exists); {@code example} is a value of the right shape to show beside
 * the field, never a real secret. Both are for forms only: the connector checks its settings itself.
 */
public record SettingSpec(String key, String label, boolean required, boolean secret, String defaultValue,
                          List<String> choices, String help, Kind kind, String example) {

    /** What a setting's value is. */
    public enum Kind {
        /** Free text (a DN, an id, a host name). */
        TEXT,
        /** An absolute URL (http, https, ldap, ldaps). */
        URL,
        /** A path to a local file that must exist (a key file, a PEM bundle). */
        FILE,
        /** A whole number (a timeout in seconds, a page size). */
        NUMBER,
        /** One of {@link #choices()}. */
        CHOICE,
        /** true or false. */
        BOOLEAN,
        /** A secret: kept in the keychain or read from the environment, never in a plain file. */
        SECRET
    }

    public SettingSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (kind == null) {
            kind = secret ? Kind.SECRET
                    : choices.size() == 2 && choices.containsAll(List.of("true", "false")) ? Kind.BOOLEAN
                    : !choices.isEmpty() ? Kind.CHOICE : Kind.TEXT;
        }
        if (secret != (kind == Kind.SECRET)) {
            throw new IllegalArgumentException("setting '" + key + "': a secret is of kind SECRET, and only a secret");
        }
    }

    /** Without a kind (derived from {@code secret} and {@code choices}) or an example: what connectors declared first. */
    public SettingSpec(String key, String label, boolean required, boolean secret, String defaultValue,
                       List<String> choices, String help) {
        this(key, label, required, secret, defaultValue, choices, help, null, null);
    }

    public static SettingSpec text(String key, String label, boolean required, String defaultValue, String help) {
        return new SettingSpec(key, label, required, false, defaultValue, List.of(), help);
    }

    public static SettingSpec secret(String key, String label, boolean required, String help) {
        return new SettingSpec(key, label, required, true, null, List.of(), help);
    }

    public static SettingSpec choice(String key, String label, String defaultValue, List<String> choices, String help) {
        return new SettingSpec(key, label, true, false, defaultValue, choices, help);
    }

    /** The same setting, of another kind (a text setting that is a URL, a file or a number). */
    public SettingSpec withKind(Kind newKind) {
        return new SettingSpec(key, label, required, secret, defaultValue, choices, help, newKind, example);
    }

    /** The same setting, with an example value shown beside the field. */
    public SettingSpec withExample(String newExample) {
        return new SettingSpec(key, label, required, secret, defaultValue, choices, help, kind, newExample);
    }

    /** The same setting, required or not (a setting one sign-in method needs and another does not). */
    public SettingSpec withRequired(boolean newRequired) {
        return new SettingSpec(key, label, newRequired, secret, defaultValue, choices, help, kind, example);
    }
}
